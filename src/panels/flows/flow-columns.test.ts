import { describe, expect, it } from 'vitest';
import { baselineResult, flow, hub1DownScenario, path, tinyDesign } from '../../canvas/overlay/overlay-fixtures';
import { buildFlowColumns, columnRow, flowIdAt, indexOfFlow, summariseFocus } from './flow-columns';
import { flowRows } from './flow-table';

const design = tinyDesign();
const flows = [...baselineResult().flows, ...hub1DownScenario().result.flows.slice(1)];

describe('flow columns', () => {
  const columns = buildFlowColumns(design, flows);

  it('draws every row exactly as the flow table names it', () => {
    const rows = flowRows(design, flows);
    for (let i = 0; i < flows.length; i++) {
      const { flow: _flow, ...row } = rows[i]!;
      expect(columnRow(columns, i)).toEqual(row);
      expect(flowIdAt(columns, i)).toBe(flows[i]!.id);
    }
    expect(columnRow(columns, 0)).toMatchObject({ egressName: 'Hub 1', pathText: 'A → Hub 1 → Dest', state: 'ok' });
    expect(columnRow(columns, 3)).toMatchObject({ egressName: '—', pathText: '—', state: 'dropped' });
  });

  it('keeps every per-flow value in a typed array (moved across threads without copying)', () => {
    for (const key of ['site', 'state', 'latencyMs', 'pathStart', 'pathNodes'] as const)
      expect(ArrayBuffer.isView(columns[key])).toBe(true);
    expect(columns.pathStart[columns.count]).toBe(columns.pathNodes.length);
  });

  it('marks SLA breaches and names nodes the design no longer has by their id', () => {
    const c = buildFlowColumns(design, [
      flow('site-a', 'video', [path(['site-a', 'gone', 'dest'], ['l-a2', 'l-d2'])], { latencyMs: 120 }),
    ]);
    expect(columnRow(c, 0)).toMatchObject({ slaBreaches: ['latency'], pathText: 'A → gone → Dest' });
  });

  it('finds a flow by id and says -1 for one it does not hold', () => {
    expect(indexOfFlow(columns, 'site-b|video|dest')).toBe(2);
    expect(indexOfFlow(columns, 'site-b|nope|dest')).toBe(-1);
  });

  it('summarises the flows in focus: states, egress hubs and cost', () => {
    const all = summariseFocus(columns, { trafficClass: null, site: null, destination: null });
    expect(all.flows).toBe(5);
    expect(Object.fromEntries(all.byState)).toEqual({ ok: 3, dropped: 1, unreachable: 1 });
    expect(Object.fromEntries(all.egressHubs)).toEqual({ 'hub-1': 3 });
    expect(all.costPerMonth).toBe(25);
    const video = summariseFocus(columns, { trafficClass: 'video', site: 'site-b', destination: null });
    expect(video.flows).toBe(2);
    expect(summariseFocus(columns, { trafficClass: 'unknown', site: null, destination: null }).flows).toBe(0);
  });
});
