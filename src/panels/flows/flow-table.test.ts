import { describe, expect, it } from 'vitest';
import { baselineResult, flow, hub1DownScenario, path, tinyDesign } from '../../canvas/overlay/overlay-fixtures';
import { filterRows, flowOrder, flowRows, NO_FILTER, sortRows } from './flow-table';

const design = tinyDesign();

describe('flow table', () => {
  const rows = flowRows(design, [...baselineResult().flows, ...hub1DownScenario().result.flows.slice(1)]);

  it('names sites, hubs and the path the way the design does', () => {
    expect(rows[0]).toMatchObject({
      siteName: 'A',
      className: 'Video',
      egressName: 'Hub 1',
      pathText: 'A → Hub 1 → Dest',
    });
    expect(rows[3]).toMatchObject({ egressName: '—', pathText: '—', state: 'dropped' });
  });

  it('marks which SLA metric a delivered flow breaks', () => {
    const slow = flowRows(design, [
      flow('site-a', 'video', [path(['site-a', 'hub-2', 'dest'], ['l-a2', 'l-d2'])], { latencyMs: 120 }),
    ]);
    expect(slow[0]?.slaBreaches).toEqual(['latency']);
  });

  it('filters by text over names, by state, by class and by the element a path crosses', () => {
    expect(filterRows(rows, { ...NO_FILTER, text: 'hub 1 pii' }).map((r) => r.id)).toEqual(['site-a|pii|dest']);
    expect(filterRows(rows, { ...NO_FILTER, state: 'problems' }).map((r) => r.state)).toEqual([
      'dropped',
      'unreachable',
    ]);
    expect(filterRows(rows, { ...NO_FILTER, trafficClass: 'video' })).toHaveLength(3);
    expect(filterRows(rows, { ...NO_FILTER, throughLinks: ['l-b1'] }).map((r) => r.id)).toEqual(['site-b|video|dest']);
    // A site filters to the flows it sends, delivered or not.
    expect(filterRows(rows, { ...NO_FILTER, throughNodes: ['site-b'] })).toHaveLength(2);
  });

  it('sorts by a column either way, problems first by state, keeping ties in engine order', () => {
    const byState = sortRows(rows, { key: 'state', dir: 'asc' }).map((r) => r.state);
    expect(byState).toEqual(['unreachable', 'dropped', 'ok', 'ok', 'ok']);
    const bySite = sortRows(rows, { key: 'site', dir: 'desc' }).map((r) => r.siteName);
    expect(bySite).toEqual(['B', 'B', 'A', 'A', 'A']);
    const byDemand = sortRows(rows, { key: 'demand', dir: 'asc' }).map((r) => r.demandMbps);
    expect(byDemand[0]).toBe(10);
  });
});

describe('flow order', () => {
  it('answers with row indexes, filtered and sorted', () => {
    const rows = flowRows(design, [...baselineResult().flows, ...hub1DownScenario().result.flows.slice(1)]);
    const order = flowOrder(rows, { ...NO_FILTER, trafficClass: 'video' }, { key: 'state', dir: 'asc' });
    expect(order).toBeInstanceOf(Uint32Array);
    expect([...order]).toEqual([4, 0, 2]);
  });
});
