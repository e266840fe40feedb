// Problem badges on nodes: SLA misses and compliance blocks at the site that sends the flow,
// overloads at the hub, asymmetric return at the egress hub. Counts, so one glance says how bad.
import type { Flow, FlowState, HubLoad } from '../../engine/types';
import type { NodeBadge } from '../overlay-types';
import { formatUtilisation } from './heat';

/** Why a flow is not delivered as asked, as the badge family that explains it. */
export function problemOf(flow: Flow): 'sla' | 'compliance' | 'unreachable' | null {
  switch (flow.state) {
    case 'ok':
      return null;
    case 'sla-miss':
      return 'sla';
    case 'compliance-block':
      return 'compliance';
    case 'unreachable':
      return 'unreachable';
    case 'dropped':
      return droppedForCompliance(flow) ? 'compliance' : 'sla';
  }
}

/** A dropped flow is a compliance story when no candidate survived the hard constraints
 * (jurisdiction, inspection), rather than the SLA fallback choosing to drop. */
export function droppedForCompliance(flow: Flow): boolean {
  if (!flow.compliant) return true;
  const candidates = flow.explanation.candidates;
  return (
    candidates.length > 0 &&
    candidates.every((c) => c.excludedBy.some((r) => r === 'jurisdiction' || r === 'inspection'))
  );
}

const STATE_WORDS: Record<Exclude<FlowState, 'ok'>, string> = {
  'sla-miss': 'SLA miss',
  'compliance-block': 'blocked',
  dropped: 'dropped',
  unreachable: 'unreachable',
};

/** Badges for a site from the flows it sends (only the flows in focus). */
export function siteBadges(flows: readonly Flow[]): NodeBadge[] {
  const counts = new Map<string, { kind: NodeBadge['kind']; n: number; word: string }>();
  for (const flow of flows) {
    if (flow.state === 'ok') continue;
    const problem = problemOf(flow);
    const kind: NodeBadge['kind'] =
      problem === 'unreachable' ? 'failed' : problem === 'compliance' ? 'compliance' : 'sla';
    const word = STATE_WORDS[flow.state];
    const key = `${kind}:${word}`;
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { kind, n: 1, word });
  }
  return [...counts.values()].map((c) => ({ kind: c.kind, label: `${c.n} ${c.word}` }));
}

export function hubBadges(load: HubLoad | undefined, asymmetricFlows: number): NodeBadge[] {
  const badges: NodeBadge[] = [];
  if (load?.overCapacity)
    badges.push({ kind: 'overload', label: `over capacity ${formatUtilisation(load.utilisation)}` });
  if (asymmetricFlows > 0)
    badges.push({ kind: 'compliance', label: `${asymmetricFlows} asymmetric return${asymmetricFlows > 1 ? 's' : ''}` });
  return badges;
}
