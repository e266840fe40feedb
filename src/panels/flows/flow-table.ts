// The flow table's rows, filter and sort. Pure, so the panel stays a thin view and the logic is
// tested without a DOM.
import type { Flow, FlowState } from '../../engine/types';
import type { Design, TrafficClass } from '../../model';

export interface FlowRow {
  id: string;
  site: string;
  siteName: string;
  trafficClass: string;
  className: string;
  classColor: string;
  destination: string;
  destinationName: string;
  egressHub: string | null;
  egressName: string;
  /** Node names along the primary path, "New York HQ → Ashburn hub → AWS us-east-1". */
  pathText: string;
  latencyMs: number;
  lossPct: number;
  jitterMs: number;
  /** Which metrics break the class's SLA (empty when it has none or meets it). */
  slaBreaches: ('latency' | 'loss' | 'jitter')[];
  sla: TrafficClass['sla'] | null;
  demandMbps: number;
  costPerMonth: number;
  state: FlowState;
  flow: Flow;
}

export const STATE_LABELS: Record<FlowState, string> = {
  ok: 'ok',
  'sla-miss': 'SLA miss',
  'compliance-block': 'compliance block',
  dropped: 'dropped',
  unreachable: 'unreachable',
};

export function flowRows(design: Design, flows: readonly Flow[]): FlowRow[] {
  const names = new Map(design.nodes.map((n) => [n.id, n.name]));
  const classes = new Map(design.trafficClasses.map((c) => [c.id, c]));
  const name = (id: string) => names.get(id) ?? id;
  return flows.map((flow) => {
    const cls = classes.get(flow.trafficClass);
    const delivered = flow.path.length > 0;
    const sla = cls?.sla ?? null;
    const slaBreaches: FlowRow['slaBreaches'] = [];
    if (delivered && sla) {
      if (sla.maxLatencyMs !== undefined && flow.latencyMs > sla.maxLatencyMs) slaBreaches.push('latency');
      if (sla.maxLossPct !== undefined && flow.lossPct > sla.maxLossPct) slaBreaches.push('loss');
      if (sla.maxJitterMs !== undefined && flow.jitterMs > sla.maxJitterMs) slaBreaches.push('jitter');
    }
    return {
      id: flow.id,
      site: flow.site,
      siteName: name(flow.site),
      trafficClass: flow.trafficClass,
      className: cls?.name ?? flow.trafficClass,
      classColor: cls?.color ?? '#64748b',
      destination: flow.destination,
      destinationName: name(flow.destination),
      egressHub: flow.egressHub,
      egressName: flow.egressHub ? name(flow.egressHub) : delivered ? 'local breakout' : '—',
      pathText: delivered ? flow.path.map(name).join(' → ') : '—',
      latencyMs: flow.latencyMs,
      lossPct: flow.lossPct,
      jitterMs: flow.jitterMs,
      slaBreaches,
      sla,
      demandMbps: flow.demandMbps,
      costPerMonth: flow.costPerMonth,
      state: flow.state,
      flow,
    };
  });
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
