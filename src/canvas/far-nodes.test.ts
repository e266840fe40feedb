import { describe, expect, it } from 'vitest';
import { hubAndSpoke } from '../model/samples/templates';
import { EMPTY_SELECTION } from '../state/ui-store';
import { allMeasured, buildFarNodeGroups, createFarNodeCache, nodeAt } from './far-nodes';
import { EMPTY_OVERLAY } from './overlay-types';
import { buildViewModel, type FlowNode } from './view-model';

/** React Flow fills `measured` once a node is in the DOM; the painted layer needs it. */
function measured(nodes: FlowNode[]): FlowNode[] {
  return nodes.map((n) => ({ ...n, measured: { width: 200, height: 60 } }));
}

const total = (groups: { count: number }[]) => groups.reduce((n, g) => n + g.count, 0);

describe('buildFarNodeGroups', () => {
  it('draws every measured node once, in one path per kind when nothing is decorated', () => {
    const d = hubAndSpoke();
    const nodes = measured(buildViewModel(d, EMPTY_SELECTION, EMPTY_OVERLAY).nodes);
    const groups = buildFarNodeGroups(nodes, {});
    expect(total(groups)).toBe(d.nodes.length);
    const kinds = new Set(d.nodes.map((n) => n.kind));
    expect(groups.map((g) => g.className).sort()).toEqual([...kinds].map((k) => `fn fn-${k}`).sort());
    // A box per node: moved to its position, as wide and tall as measured.
    const first = nodes[0]!;
    expect(groups.find((g) => g.className === `fn fn-${first.data.node.kind}`)?.d).toContain(
      `M${first.position.x} ${first.position.y}h200v60h-200z`,
    );
  });

  it('gives failed, selected, highlighted and dimmed nodes their own looks, and heat a ring', () => {
    const d = hubAndSpoke();
    const [a, b, c, e, f] = d.nodes.map((n) => n.id);
    const nodes = measured(buildViewModel(d, { nodeIds: [b!], linkIds: [] }, EMPTY_OVERLAY).nodes);
    const groups = buildFarNodeGroups(nodes, {
      [a!]: { highlight: 'failed', dimmed: true },
      [c!]: { highlight: 'egress' },
      [e!]: { dimmed: true },
      [f!]: { heat: 0.6 },
    });
    const lookOf = (id: string) => {
      const node = nodes.find((n) => n.id === id)!;
      const box = `M${node.position.x} ${node.position.y}h`;
      return groups.filter((g) => g.d.includes(box)).map((g) => g.className);
    };
    expect(lookOf(a!)).toEqual([expect.stringMatching(/ is-failed$/)]);
    expect(lookOf(b!)).toEqual([expect.stringMatching(/ is-selected$/)]);
    expect(lookOf(c!)).toEqual([expect.stringMatching(/ hl-egress$/)]);
    expect(lookOf(e!)).toEqual([expect.stringMatching(/ is-dimmed$/)]);
    expect(lookOf(f!)).toContain('fn-heat');
    expect(groups.find((g) => g.className === 'fn-heat')?.opacity).toBe(0.5);
    // Dimmed boxes first (under the rest), heat rings last (on top).
    expect(groups[0]?.className).toMatch(/is-dimmed/);
    expect(groups.at(-1)?.className).toBe('fn-heat');
  });

  it('leaves out nodes being dragged (React Flow draws them) and nodes not measured yet', () => {
    const d = hubAndSpoke();
    const nodes = measured(buildViewModel(d, EMPTY_SELECTION, EMPTY_OVERLAY).nodes);
    nodes[0] = { ...nodes[0]!, dragging: true };
    nodes[1] = { ...nodes[1]!, measured: undefined };
    expect(total(buildFarNodeGroups(nodes, {}))).toBe(d.nodes.length - 2);
  });

  it('reuses the path of a node whose object did not change, and drops gone nodes from the cache', () => {
    const d = hubAndSpoke();
    const nodes = measured(buildViewModel(d, EMPTY_SELECTION, EMPTY_OVERLAY).nodes);
    const cache = createFarNodeCache();
    buildFarNodeGroups(nodes, {}, cache);
    const before = cache.get(nodes[1]!.id)?.path;
    const moved = nodes.map((n, i) => (i === 0 ? { ...n, position: { x: -999, y: 7 } } : n));
    const groups = buildFarNodeGroups(moved.slice(0, -1), {}, cache);
    expect(cache.get(nodes[1]!.id)?.path).toBe(before);
    expect(groups.some((g) => g.d.includes('M-999 7h'))).toBe(true);
    expect(cache.has(nodes.at(-1)!.id)).toBe(false);
  });

  it('takes decorations by own id only ("constructor" is a valid node id)', () => {
    const d = hubAndSpoke();
    const nodes = measured(buildViewModel(d, EMPTY_SELECTION, EMPTY_OVERLAY).nodes).map((n, i) =>
      i === 0 ? { ...n, id: 'constructor' } : n,
    );
    expect(total(buildFarNodeGroups(nodes, {}))).toBe(d.nodes.length);
  });
});

describe('nodeAt', () => {
  const d = hubAndSpoke();
  const nodes = measured(buildViewModel(d, EMPTY_SELECTION, EMPTY_OVERLAY).nodes);

  it('finds the node under a point, the topmost where boxes overlap, and nothing over empty canvas', () => {
    const n = nodes[2]!;
    expect(nodeAt(nodes, { x: n.position.x + 5, y: n.position.y + 5 })?.id).toBe(n.id);
    expect(nodeAt(nodes, { x: n.position.x + 199, y: n.position.y + 59 })?.id).toBe(n.id);
    expect(nodeAt(nodes, { x: -100_000, y: -100_000 })).toBeNull();
    const stacked = [...nodes, { ...nodes[0]!, id: 'on-top', position: n.position }];
    expect(nodeAt(stacked, { x: n.position.x + 5, y: n.position.y + 5 })?.id).toBe('on-top');
  });

  it('says whether every node is measured', () => {
    expect(allMeasured(nodes)).toBe(true);
    expect(allMeasured([...nodes, { ...nodes[0]!, measured: undefined }])).toBe(false);
    expect(allMeasured([])).toBe(true);
  });
});
