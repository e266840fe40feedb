import { describe, expect, it } from 'vitest';
import { NO_FOCUS } from '../canvas/overlay/focus';
import { globalEnterprise } from '../model/samples/global-enterprise';
import { NO_FILTER } from '../panels/flows/flow-table';
import { AnalysisSession } from './analysis-session';
import type { TrafficPatch, TrafficReply } from './analysis-view';

const design = globalEnterprise();
const hub = design.nodes.find((n) => n.kind === 'hub')!.id;

describe('analysis session (the worker side)', () => {
  it('keeps the whole result and sends the main thread columns, not flows', () => {
    const s = new AnalysisSession();
    const { result } = s.compute(design, 1);
    expect(result.flows.count).toBe(result.totals.flows);
    expect(Object.keys(result)).toEqual(['ticket', 'totals', 'converged', 'flows']);
    const id = `${result.flows.nodeIds[result.flows.site[0]!]}|${result.flows.classes[result.flows.trafficClass[0]!]!.id}|${result.flows.nodeIds[result.flows.destination[0]!]}`;
    expect(s.why(1, id)?.explanation.candidates.length).toBeGreaterThan(0);
  });

  it('reuses the design it was last sent when called with null', () => {
    const s = new AnalysisSession();
    expect(() => s.compute(null, 1)).toThrow(/no design/);
    s.compute(design, 1);
    const { scenario } = s.scenario(null, [{ kind: 'node', target: hub, mode: 'hard' }], 2);
    expect(scenario.failures).toEqual([{ kind: 'node', target: hub, mode: 'hard' }]);
    expect(scenario.movedCount + scenario.droppedCount).toBeGreaterThan(0);
  });

  it('answers only for the tickets it holds: a new baseline drops the old one and its scenario', () => {
    const s = new AnalysisSession();
    s.compute(design, 1);
    s.scenario(null, [{ kind: 'node', target: hub, mode: 'hard' }], 2);
    const whatIf = { mode: 'what-if' as const, focus: NO_FOCUS, baselineTicket: 1, scenarioTicket: 2 };
    expect(patchOf(s.traffic(whatIf)).patch.nodes[hub]).toBeDefined();
    expect(s.flowOrder({ ticket: 2, filter: NO_FILTER, sort: { key: 'state', dir: 'asc' } })).not.toBeNull();
    s.compute(design, 3);
    expect(s.traffic(whatIf)).toBeNull();
    expect(s.flowOrder({ ticket: 2, filter: NO_FILTER, sort: { key: 'state', dir: 'asc' } })).toBeNull();
    expect(s.traffic({ ...whatIf, baselineTicket: 3, scenarioTicket: null })).not.toBeNull();
  });

  it('sends the traffic overlay as a patch to one it sent before, whole when it forgot that one', () => {
    const s = new AnalysisSession();
    s.compute(design, 1);
    const request = { mode: 'design' as const, focus: NO_FOCUS, baselineTicket: 1, scenarioTicket: null };
    const first = patchOf(s.traffic(request));
    const video = patchOf(s.traffic({ ...request, focus: { ...NO_FOCUS, trafficClass: 'video' } }, first.id));
    expect(video.base).toBe(first.id);
    const changed = Object.keys(video.patch.edges).length;
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThan(design.links.length);
    // A fresh worker does not know the overlay the main thread holds: it asks for it, then patches it.
    const fresh = new AnalysisSession();
    fresh.compute(design, 1);
    expect(fresh.traffic(request, first.id)).toEqual({ needBase: true });
    const held = { nodes: {}, edges: {} };
    const patched = patchOf(fresh.traffic(request, first.id, held));
    expect(patched.base).toBe(first.id);
    expect(patched.id).toBeGreaterThan(first.id);
    expect(patched.patch.full).toBe(false);
  });

  it('filters and sorts the flow table where the flows are', () => {
    const s = new AnalysisSession();
    const { result } = s.compute(design, 1);
    const all = s.flowOrder({ ticket: 1, filter: NO_FILTER, sort: { key: 'latency', dir: 'desc' } })!;
    expect(all.length).toBe(result.flows.count);
    for (let i = 1; i < all.length; i++)
      expect(result.flows.latencyMs[all[i - 1]!]!).toBeGreaterThanOrEqual(result.flows.latencyMs[all[i]!]!);
    const through = s.flowOrder({
      ticket: 1,
      filter: { ...NO_FILTER, throughNodes: [hub] },
      sort: { key: 'site', dir: 'asc' },
    })!;
    expect(through.length).toBeGreaterThan(0);
    expect(through.length).toBeLessThan(all.length);
  });
});

/** The reply as a patch (the test fails if the worker asked for the base instead). */
function patchOf(reply: TrafficReply | null | undefined): TrafficPatch {
  if (!reply || 'needBase' in reply) throw new Error(`expected a patch, got ${JSON.stringify(reply)}`);
  return reply;
}
