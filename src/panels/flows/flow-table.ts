// The flow table's rows, filter and sort. Pure; runs in the worker, which holds the flows: the
// main thread asks for the order of the rows it should draw (flowOrder) and draws them from the
// columns it holds (flow-columns.ts).
import type { Flow, FlowState } from '../../engine/types';
import type { Design } from '../../model';
import { buildFlowColumns, columnRow, type FlowRowView } from './flow-columns';

/** A row with its flow: what the worker filters and sorts (the flow's paths answer "through"). */
export interface FlowRow extends FlowRowView {
  flow: Flow;
}

export const STATE_LABELS: Record<FlowState, string> = {
  ok: 'ok',
  'sla-miss': 'SLA miss',
  'compliance-block': 'compliance block',
  dropped: 'dropped',
  unreachable: 'unreachable',
};

/** Rows named the way the design names things; `columns` when the caller has them already. */
export function flowRows(design: Design, flows: readonly Flow[], columns = buildFlowColumns(design, flows)): FlowRow[] {
  return flows.map((flow, i) => ({ ...columnRow(columns, i), flow }));
}

export interface FlowFilter {
  /** Free text matched against site, class, destination, egress hub and path (names and ids). */
  text: string;
  state: FlowState | 'problems' | 'all';
  trafficClass: string | null;
  /** Only flows whose paths cross one of these nodes or links (the canvas selection). */
  throughNodes: readonly string[];
  throughLinks: readonly string[];
}

export const NO_FILTER: FlowFilter = { text: '', state: 'all', trafficClass: null, throughNodes: [], throughLinks: [] };

export function crosses(flow: Flow, nodes: readonly string[], links: readonly string[]): boolean {
  if (nodes.length === 0 && links.length === 0) return true;
  const ends = nodes.some((n) => n === flow.site || n === flow.destination);
  return (
    ends || flow.paths.some((p) => p.path.some((n) => nodes.includes(n)) || p.links.some((l) => links.includes(l)))
  );
}

export function filterRows(rows: readonly FlowRow[], filter: FlowFilter): FlowRow[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    if (filter.trafficClass !== null && r.trafficClass !== filter.trafficClass) return false;
    if (filter.state === 'problems' ? r.state === 'ok' : filter.state !== 'all' && r.state !== filter.state)
      return false;
    if (!crosses(r.flow, filter.throughNodes, filter.throughLinks)) return false;
    if (words.length === 0) return true;
    const hay =
      `${r.id} ${r.siteName} ${r.className} ${r.destinationName} ${r.egressName} ${r.egressHub ?? ''} ${r.pathText} ${STATE_LABELS[r.state]}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

export type SortKey =
  | 'site'
  | 'class'
  | 'destination'
  | 'egress'
  | 'latency'
  | 'loss'
  | 'jitter'
  | 'cost'
  | 'demand'
  | 'state';

export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** Problems first when sorting by state: the worst outcome is what an architect looks for. */
const STATE_ORDER: Record<FlowState, number> = {
  unreachable: 0,
  'compliance-block': 1,
  dropped: 2,
  'sla-miss': 3,
  ok: 4,
};

const KEY: Record<SortKey, (r: FlowRow) => string | number> = {
  site: (r) => r.siteName,
  class: (r) => r.className,
  destination: (r) => r.destinationName,
  egress: (r) => r.egressName,
  latency: (r) => r.latencyMs,
  loss: (r) => r.lossPct,
  jitter: (r) => r.jitterMs,
  cost: (r) => r.costPerMonth,
  demand: (r) => r.demandMbps,
  state: (r) => STATE_ORDER[r.state],
};

/** The row indexes the table shows, in order: what crosses back to the main thread. */
export function flowOrder(rows: readonly FlowRow[], filter: FlowFilter, sort: Sort): Uint32Array {
  return Uint32Array.from(sortRows(filterRows(rows, filter), sort), (r) => r.index);
}

export function sortRows(rows: readonly FlowRow[], sort: Sort): FlowRow[] {
  const key = KEY[sort.key];
  const sign = sort.dir === 'asc' ? 1 : -1;
  // Stable: equal keys keep the engine's order (site, class, destination).
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const ka = key(a.r);
      const kb = key(b.r);
      const c = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb));
      return c !== 0 ? c * sign : a.i - b.i;
    })
    .map((x) => x.r);
}

/** "12 ms", "0.4 %", "$1,250". */
export const fmtMs = (v: number) => `${Number(v.toFixed(v < 10 ? 1 : 0))} ms`;
export const fmtPct = (v: number) => `${Number(v.toFixed(2))} %`;
export const fmtCost = (v: number) => `$${Math.round(v).toLocaleString('en-US')}`;
