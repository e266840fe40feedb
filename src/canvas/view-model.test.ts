import { describe, expect, it } from 'vitest';
import { hubAndSpoke } from '../model/samples/templates';
import { connectCommand, updateNodeCommand } from '../state/commands';
import { EMPTY_SELECTION } from '../state/ui-store';
import { UTILISATION_BANDS, WARNING_COLOR } from './overlay/heat';
import { EMPTY_OVERLAY } from './overlay-types';
import { buildViewModel, createViewModelCache, edgePaint, HEAT_GLOW_SPREAD } from './view-model';

describe('buildViewModel', () => {
  it('maps every node and link, with positions from the design', () => {
    const d = hubAndSpoke();
    const vm = buildViewModel(d, EMPTY_SELECTION, EMPTY_OVERLAY);
    expect(vm.nodes.map((n) => n.id)).toEqual(d.nodes.map((n) => n.id));
    expect(vm.nodes[0]).toMatchObject({ type: 'design', position: d.nodes[0]!.position, selected: false });
    expect(vm.edges.map((e) => [e.id, e.source, e.target])).toEqual(d.links.map((l) => [l.id, l.source, l.target]));
  });

  it('marks the selection', () => {
    const vm = buildViewModel(hubAndSpoke(), { nodeIds: ['hub-1'], linkIds: ['a-hub'] }, EMPTY_OVERLAY);
    expect(vm.nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(['hub-1']);
    expect(vm.edges.filter((e) => e.selected).map((e) => e.id)).toEqual(['a-hub']);
  });

  it('gives an element whose id names an inherited property no decoration of its own', () => {
    const d = JSON.parse(JSON.stringify(hubAndSpoke()).replaceAll('"hub-1"', '"constructor"'));
    const vm = buildViewModel(d, EMPTY_SELECTION, EMPTY_OVERLAY);
    expect(vm.nodes.find((n) => n.id === 'constructor')?.data.decoration).toBeUndefined();
  });

  it('carries overlay decorations to their elements', () => {
    const overlay = {
      nodes: { 'hub-1': { highlight: 'egress' as const, badges: [{ kind: 'spof' as const, label: 'SPOF' }] } },
      edges: { 'a-hub': { color: '#ff0000', animated: true, reverse: true } },
    };
    const vm = buildViewModel(hubAndSpoke(), EMPTY_SELECTION, overlay);
    expect(vm.nodes.find((n) => n.id === 'hub-1')?.data.decoration).toBe(overlay.nodes['hub-1']);
    expect(vm.nodes.find((n) => n.id === 'site-a')?.data.decoration).toBeUndefined();
    expect(vm.edges.find((e) => e.id === 'a-hub')?.data?.decoration).toBe(overlay.edges['a-hub']);
  });

  it('keeps the identity of unchanged nodes and edges across calls', () => {
    const cache = createViewModelCache();
    const d = hubAndSpoke();
    const first = buildViewModel(d, EMPTY_SELECTION, EMPTY_OVERLAY, cache);
    const renamed = updateNodeCommand(d, 'hub-1', (n) => ({ ...n, name: 'X' }));
    const second = buildViewModel(renamed, { nodeIds: ['site-a'], linkIds: [] }, EMPTY_OVERLAY, cache);
    const same = second.nodes.filter((n, i) => n === first.nodes[i]).map((n) => n.id);
    expect(same).toEqual(['site-b', 'site-c', 'aws', 'internet']);
    expect(second.edges.every((e, i) => e === first.edges[i])).toBe(true);
  });

  it('numbers parallel links between the same two nodes, in either direction', () => {
    const d = hubAndSpoke();
    const r = connectCommand(d, 'hub-1', 'site-a');
    if (!r.ok) throw new Error(r.reason);
    const vm = buildViewModel(r.design, EMPTY_SELECTION, EMPTY_OVERLAY);
    const pair = vm.edges.filter((e) => [e.source, e.target].sort().join() === 'hub-1,site-a');
    expect(pair.map((e) => [e.data?.parallelIndex, e.data?.parallelCount])).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('skips links whose ends do not exist instead of failing', () => {
    const d = hubAndSpoke();
    const broken = { ...d, nodes: d.nodes.filter((n) => n.id !== 'aws') };
    const vm = buildViewModel(broken, EMPTY_SELECTION, EMPTY_OVERLAY);
    expect(vm.edges.map((e) => e.id)).not.toContain('hub-aws');
  });
});

describe('edgePaint', () => {
  it('draws utilisation heat as a glow under a class-coloured line, in the legend band colour', () => {
    const paint = edgePaint({ color: '#2563eb', width: 4, heat: 0.7 });
    expect(paint).toEqual({
      stroke: '#2563eb',
      strokeWidth: 4,
      heatColor: UTILISATION_BANDS[1]?.color,
      heatWidth: 4 + 2 * HEAT_GLOW_SPREAD,
    });
  });

  it('colours the line itself by heat when no class colour applies', () => {
    expect(edgePaint({ heat: 0.9 }).stroke).toBe(UTILISATION_BANDS[2]?.color);
    expect(edgePaint({ heat: 0.1 }).stroke).toBe(UTILISATION_BANDS[0]?.color);
  });

  it('shows a link at capacity in the warning colour', () => {
    expect(edgePaint({ heat: 1 }).heatColor).toBe(WARNING_COLOR);
  });

  it('draws no heat on faded or failed links, nor without a decoration', () => {
    expect(edgePaint({ dimmed: true, heat: 0.9 }).heatColor).toBeUndefined();
    expect(edgePaint({ failed: true, color: '#000', heat: 0.9 })).toEqual({ stroke: '#000' });
    expect(edgePaint(undefined)).toEqual({});
  });
});
