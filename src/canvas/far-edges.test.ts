import { describe, expect, it } from 'vitest';
import { hubAndSpoke } from '../model/samples/templates';
import { EMPTY_SELECTION } from '../state/ui-store';
import { buildFarEdgeGroups, createFarEdgeCache, farStrokeWidth, splitFarEdges } from './far-edges';
import type { CanvasOverlay } from './overlay-types';
import { buildViewModel, type FlowNode } from './view-model';

/** React Flow fills `measured` once a node is in the DOM; the batched layer needs it. */
function measured(nodes: FlowNode[]): FlowNode[] {
  return nodes.map((n) => ({ ...n, measured: { width: 200, height: 60 } }));
}

describe('splitFarEdges', () => {
  it('keeps selected, flowing, labelled and failed links interactive and batches the rest', () => {
    const d = hubAndSpoke();
    const [a, b, c, e] = d.links.map((l) => l.id);
    const overlay: CanvasOverlay = {
      nodes: {},
      edges: { [b!]: { animated: true }, [c!]: { label: '12 ms' }, [e!]: { failed: true, color: '#f00' } },
    };
    const vm = buildViewModel(d, { nodeIds: [], linkIds: [a!] }, overlay);
    const { interactive, batched } = splitFarEdges(vm.edges, overlay.edges);
    expect(interactive.map((x) => x.id).sort()).toEqual([a!, b!, c!, e!].sort());
    expect(batched.length).toBe(vm.edges.length - 4);
  });

  it('batches flowing and labelled links too when there are too many to animate (every class shown)', () => {
    const d = hubAndSpoke();
    const [a] = d.links.map((l) => l.id);
    const edges: CanvasOverlay['edges'] = {};
    for (const l of d.links) edges[l.id] = { animated: true, label: '5 Mbps', color: '#2563eb' };
    const vm = buildViewModel(d, { nodeIds: [], linkIds: [a!] }, { nodes: {}, edges: {} });
    const few = splitFarEdges(vm.edges, edges, d.links.length);
    expect(few.batched).toEqual([]);
    const many = splitFarEdges(vm.edges, edges, d.links.length - 1);
    expect(many.interactive.map((e) => e.id)).toEqual([a!]);
    const groups = buildFarEdgeGroups(measured(vm.nodes), many.batched, edges);
    expect(groups.every((g) => g.stroke === '#2563eb')).toBe(true);
  });
});

describe('buildFarEdgeGroups', () => {
  it('draws every link once, grouped by transport', () => {
    const d = hubAndSpoke();
    const vm = buildViewModel(d, EMPTY_SELECTION, { nodes: {}, edges: {} });
    const groups = buildFarEdgeGroups(measured(vm.nodes), vm.edges, {});
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(vm.edges.length);
    for (const g of groups) expect(g.d.match(/M/g)?.length).toBe(g.count);
    const transports = new Set(d.links.map((l) => l.transport));
    expect(groups.map((g) => g.className.split(' ')[1]).sort()).toEqual([...transports].map((t) => `fe-${t}`).sort());
  });

  it('leaves out links whose nodes are not measured yet', () => {
    const vm = buildViewModel(hubAndSpoke(), EMPTY_SELECTION, { nodes: {}, edges: {} });
    expect(buildFarEdgeGroups(vm.nodes, vm.edges, {})).toEqual([]);
  });

  it('keeps overlay colours and heat: glows first, dimmed next, highlighted paths on top', () => {
    const d = hubAndSpoke();
    const [a, b] = d.links.map((l) => l.id);
    const overlay: CanvasOverlay = {
      nodes: {},
      edges: { [a!]: { color: '#123456', width: 4, heat: 0.5 }, [b!]: { dimmed: true } },
    };
    // Decorations come from the overlay store, not the view model.
    const vm = buildViewModel(d, EMPTY_SELECTION, { nodes: {}, edges: {} });
    const groups = buildFarEdgeGroups(measured(vm.nodes), vm.edges, overlay.edges);
    expect(groups[0]?.className).toBe('fe-heat');
    expect(groups[1]?.className).toContain('is-dimmed');
    const coloured = groups.find((g) => g.stroke === '#123456');
    expect(coloured).toMatchObject({ strokeWidth: 4, count: 1 });
    expect(groups.at(-1)?.className).not.toContain('is-dimmed');
  });

  it('puts the links of a dragged node in groups of their own and reuses the others’ paths', () => {
    const d = hubAndSpoke();
    const vm = buildViewModel(d, EMPTY_SELECTION, { nodes: {}, edges: {} });
    const cache = createFarEdgeCache();
    const nodes = measured(vm.nodes);
    const before = buildFarEdgeGroups(nodes, vm.edges, {}, cache);
    const moved = nodes.map((n) =>
      n.id === 'site-a' ? { ...n, position: { x: n.position.x + 500, y: n.position.y }, dragging: true } : n,
    );
    const during = buildFarEdgeGroups(moved, vm.edges, {}, cache);
    const touching = d.links.filter((l) => l.source === 'site-a' || l.target === 'site-a').length;
    const movingCount = during.filter((g) => g.key.endsWith('|moving')).reduce((s, g) => s + g.count, 0);
    expect(movingCount).toBe(touching);
    expect(during.filter((g) => g.key.endsWith('|moving')).every((g) => !before.some((b) => b.d === g.d))).toBe(true);
  });
});

describe('farStrokeWidth', () => {
  it('maps flow-unit widths to 1.5-3 screen px', () => {
    expect(farStrokeWidth(undefined)).toBeUndefined();
    expect(farStrokeWidth(2)).toBe(1.5);
    expect(farStrokeWidth(5)).toBe(2.5);
    expect(farStrokeWidth(12)).toBe(3);
  });
});
