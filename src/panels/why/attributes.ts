// The attribute rows of a BGP route card, each tagged with the best-path step that compares it,
// so the panel can mark the row that decided.
import type { BestPathStep, RouteCandidate } from '../../engine/types';

export interface AttributeRow {
  label: string;
  value: string;
  step: BestPathStep;
}

export function routeAttributes(c: RouteCandidate): AttributeRow[] {
  return [
    { label: 'Weight', value: String(c.weight), step: 'Weight' },
    { label: 'Local pref', value: String(c.localPref), step: 'Local Pref' },
    { label: 'Local route', value: c.locallyOriginated ? 'yes' : 'no', step: 'Local Route' },
    {
      label: 'AS path',
      value: c.asPath.length === 0 ? '(local)' : `${c.asPath.join(' ')} (${c.asPath.length})`,
      step: 'AS Path',
    },
    { label: 'Origin', value: c.origin, step: 'Origin' },
    { label: 'MED', value: c.med === null ? '—' : String(c.med), step: 'MED' },
    { label: 'Peer type', value: c.ebgp ? 'eBGP' : 'iBGP', step: 'Peer Type' },
    { label: 'Router ID', value: c.peerRouterId, step: 'Router ID' },
    { label: 'Peer address', value: c.peerAddress, step: 'Neighbor IP' },
  ];
}

/** What a step means, for the tooltip and the sentence under the deciding step. */
export const STEP_MEANING: Partial<Record<BestPathStep, string>> = {
  'First path received': 'only one route: nothing to compare',
  Weight: 'higher weight wins (local to this router)',
  'Local Pref': 'higher LOCAL_PREF wins (set by policy)',
  'Local Route': 'a locally originated route beats a received one',
  'AS Path': 'the shorter AS path wins (prepends count)',
  Origin: 'IGP beats EGP beats incomplete',
  MED: 'lower MED wins, compared between routes from the same neighbour AS',
  'Peer Type': 'eBGP beats iBGP',
  'IGP Metric': 'lower IGP cost to the next hop wins',
  'Older Path': 'both eBGP and equal: FRR keeps the route it learned first (arrival order)',
  'Router ID': 'the lower router-id wins',
  'Cluster length': 'the shorter cluster list wins',
  'Neighbor IP': 'the lower peer address wins',
  'Nothing left to compare': 'the routes are equal in every respect',
};
