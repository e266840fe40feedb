// The flow table as columns: what the worker sends the main thread instead of 27,000 flow
// objects (about 30 MB and a second of structured-clone at 1,000 sites). Names and classes sit
// once in dictionaries; every per-flow value is a typed array, moved across without copying.
// The main thread turns only the rows it draws back into objects (`columnRow`). Pure.
import type { Flow, FlowState } from '../../engine/types';
import type { Design, TrafficClass } from '../../model';

/** State codes, in the order of the `state` column's values. */
export const FLOW_STATES: readonly FlowState[] = ['ok', 'sla-miss', 'compliance-block', 'dropped', 'unreachable'];

const BREACH_BITS = { latency: 1, loss: 2, jitter: 4 } as const;
export type SlaMetric = keyof typeof BREACH_BITS;

export interface ColumnClass {
  id: string;
  name: string;
  color: string;
  sla: TrafficClass['sla'] | null;
}

export interface FlowColumns {
  count: number;
  /** Node dictionary: every index in site / destination / egress / pathNodes points here. */
  nodeIds: string[];
  nodeNames: string[];
  classes: ColumnClass[];
  site: Uint32Array;
  trafficClass: Uint32Array;
  destination: Uint32Array;
  /** -1: no egress hub. */
  egress: Int32Array;
  /** Index into FLOW_STATES. */
  state: Uint8Array;
  /** Bits of the SLA metrics a delivered flow breaks (latency 1, loss 2, jitter 4). */
  slaBreaches: Uint8Array;
  latencyMs: Float64Array;
  lossPct: Float64Array;
  jitterMs: Float64Array;
  demandMbps: Float64Array;
  costPerMonth: Float64Array;
  /** The primary path of flow i is pathNodes[pathStart[i] .. pathStart[i + 1]). */
  pathStart: Uint32Array;
  pathNodes: Uint32Array;
}

/** One drawn row of the flow table. */
export interface FlowRowView {
  index: number;
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
  slaBreaches: SlaMetric[];
  sla: TrafficClass['sla'] | null;
  demandMbps: number;
  costPerMonth: number;
  state: FlowState;
}

const NEUTRAL_CLASS_COLOR = '#64748b';

export function buildFlowColumns(design: Design, flows: readonly Flow[]): FlowColumns {
  const nodeIds = design.nodes.map((n) => n.id);
  const nodeNames = design.nodes.map((n) => n.name);
  const nodeIndex = new Map(nodeIds.map((id, i) => [id, i]));
  // A result may name a node the design no longer has (a stale result): it keeps its id as name.
  const node = (id: string): number => {
    let i = nodeIndex.get(id);
    if (i === undefined) {
      i = nodeIds.length;
      nodeIds.push(id);
      nodeNames.push(id);
      nodeIndex.set(id, i);
    }
    return i;
  };
  const designClasses = new Map(design.trafficClasses.map((c) => [c.id, c]));
  const classes: ColumnClass[] = [];
  const classIndex = new Map<string, number>();
  const cls = (id: string): number => {
    let i = classIndex.get(id);
    if (i === undefined) {
      const c = designClasses.get(id);
      i = classes.length;
      classes.push({ id, name: c?.name ?? id, color: c?.color ?? NEUTRAL_CLASS_COLOR, sla: c?.sla ?? null });
      classIndex.set(id, i);
    }
    return i;
  };
  const stateIndex = new Map(FLOW_STATES.map((s, i) => [s, i]));

  const n = flows.length;
  const c: FlowColumns = {
    count: n,
    nodeIds,
    nodeNames,
    classes,
    site: new Uint32Array(n),
    trafficClass: new Uint32Array(n),
    destination: new Uint32Array(n),
    egress: new Int32Array(n),
    state: new Uint8Array(n),
    slaBreaches: new Uint8Array(n),
    latencyMs: new Float64Array(n),
    lossPct: new Float64Array(n),
    jitterMs: new Float64Array(n),
    demandMbps: new Float64Array(n),
    costPerMonth: new Float64Array(n),
    pathStart: new Uint32Array(n + 1),
    pathNodes: new Uint32Array(flows.reduce((sum, f) => sum + f.path.length, 0)),
  };
  let at = 0;
  for (let i = 0; i < n; i++) {
    const f = flows[i]!;
    c.site[i] = node(f.site);
    const k = cls(f.trafficClass);
    c.trafficClass[i] = k;
    c.destination[i] = node(f.destination);
    c.egress[i] = f.egressHub === null ? -1 : node(f.egressHub);
    c.state[i] = stateIndex.get(f.state) ?? 0;
    c.latencyMs[i] = f.latencyMs;
    c.lossPct[i] = f.lossPct;
    c.jitterMs[i] = f.jitterMs;
    c.demandMbps[i] = f.demandMbps;
    c.costPerMonth[i] = f.costPerMonth;
    const sla = classes[k]!.sla;
    if (f.path.length > 0 && sla) {
      let bits = 0;
      if (sla.maxLatencyMs !== undefined && f.latencyMs > sla.maxLatencyMs) bits |= BREACH_BITS.latency;
      if (sla.maxLossPct !== undefined && f.lossPct > sla.maxLossPct) bits |= BREACH_BITS.loss;
      if (sla.maxJitterMs !== undefined && f.jitterMs > sla.maxJitterMs) bits |= BREACH_BITS.jitter;
      c.slaBreaches[i] = bits;
    }
    c.pathStart[i] = at;
    for (const hop of f.path) c.pathNodes[at++] = node(hop);
  }
  c.pathStart[n] = at;
  return c;
}

/** The buffers to move (not copy) when the columns cross to another thread. */
export function columnBuffers(c: FlowColumns): ArrayBuffer[] {
  return [
    c.site,
    c.trafficClass,
    c.destination,
    c.egress,
    c.state,
    c.slaBreaches,
    c.latencyMs,
    c.lossPct,
    c.jitterMs,
    c.demandMbps,
    c.costPerMonth,
    c.pathStart,
    c.pathNodes,
  ].map((a) => a.buffer as ArrayBuffer);
}

/** `${site}|${class}|${destination}`: the engine's flow id. */
export function flowIdAt(c: FlowColumns, i: number): string {
  return `${c.nodeIds[c.site[i]!]}|${c.classes[c.trafficClass[i]!]!.id}|${c.nodeIds[c.destination[i]!]}`;
}

export function stateAt(c: FlowColumns, i: number): FlowState {
  return FLOW_STATES[c.state[i]!] ?? 'ok';
}

/** Row i as the table draws it. */
export function columnRow(c: FlowColumns, i: number): FlowRowView {
  const name = (n: number) => c.nodeNames[n] ?? '';
  const cls = c.classes[c.trafficClass[i]!]!;
  const egress = c.egress[i]!;
  const from = c.pathStart[i]!;
  const to = c.pathStart[i + 1]!;
  const delivered = to > from;
  const hops: string[] = [];
  for (let p = from; p < to; p++) hops.push(name(c.pathNodes[p]!));
  const bits = c.slaBreaches[i]!;
  const slaBreaches = (Object.keys(BREACH_BITS) as SlaMetric[]).filter((m) => (bits & BREACH_BITS[m]) !== 0);
  return {
    index: i,
    id: flowIdAt(c, i),
    site: c.nodeIds[c.site[i]!]!,
    siteName: name(c.site[i]!),
    trafficClass: cls.id,
    className: cls.name,
    classColor: cls.color,
    destination: c.nodeIds[c.destination[i]!]!,
    destinationName: name(c.destination[i]!),
    egressHub: egress < 0 ? null : c.nodeIds[egress]!,
    egressName: egress >= 0 ? name(egress) : delivered ? 'local breakout' : '—',
    pathText: delivered ? hops.join(' → ') : '—',
    latencyMs: c.latencyMs[i]!,
    lossPct: c.lossPct[i]!,
    jitterMs: c.jitterMs[i]!,
    slaBreaches,
    sla: cls.sla,
    demandMbps: c.demandMbps[i]!,
    costPerMonth: c.costPerMonth[i]!,
    state: stateAt(c, i),
  };
}

/** The row of a flow id, or -1. A scan over integer columns: no 27,000 strings built. */
export function indexOfFlow(c: FlowColumns, flowId: string): number {
  const [site, trafficClass, destination] = flowId.split('|');
  const s = c.nodeIds.indexOf(site ?? '');
  const k = c.classes.findIndex((x) => x.id === trafficClass);
  const d = c.nodeIds.indexOf(destination ?? '');
  if (s < 0 || k < 0 || d < 0) return -1;
  for (let i = 0; i < c.count; i++) if (c.site[i] === s && c.trafficClass[i] === k && c.destination[i] === d) return i;
  return -1;
}

export interface ColumnFocus {
  trafficClass: string | null;
  site: string | null;
  destination: string | null;
}

export interface FocusSummary {
  flows: number;
  byState: Map<FlowState, number>;
  /** Egress hub id → flows leaving through it. */
  egressHubs: Map<string, number>;
  costPerMonth: number;
}

/** What the traffic panel says about the flows in focus: one pass over integer columns. */
export function summariseFocus(c: FlowColumns, focus: ColumnFocus): FocusSummary {
  const k = focus.trafficClass === null ? -1 : c.classes.findIndex((x) => x.id === focus.trafficClass);
  const s = focus.site === null ? -1 : c.nodeIds.indexOf(focus.site);
  const d = focus.destination === null ? -1 : c.nodeIds.indexOf(focus.destination);
  const out: FocusSummary = { flows: 0, byState: new Map(), egressHubs: new Map(), costPerMonth: 0 };
  // A focus on something the result does not know matches nothing.
  if ((focus.trafficClass !== null && k < 0) || (focus.site !== null && s < 0) || (focus.destination !== null && d < 0))
    return out;
  const states = new Uint32Array(FLOW_STATES.length);
  const hubs = new Map<number, number>();
  for (let i = 0; i < c.count; i++) {
    if ((k >= 0 && c.trafficClass[i] !== k) || (s >= 0 && c.site[i] !== s) || (d >= 0 && c.destination[i] !== d))
      continue;
    out.flows++;
    states[c.state[i]!]!++;
    out.costPerMonth += c.costPerMonth[i]!;
    const e = c.egress[i]!;
    if (e >= 0) hubs.set(e, (hubs.get(e) ?? 0) + 1);
  }
  FLOW_STATES.forEach((state, i) => {
    if (states[i]! > 0) out.byState.set(state, states[i]!);
  });
  for (const [e, n] of hubs) out.egressHubs.set(c.nodeIds[e]!, n);
  return out;
}
