// design.bgpPolicies -> prefix-lists and one inbound and one outbound route-map per session.
// Entries follow document order and continue to the next one, so every matching policy applies
// (a later policy's attribute overrides an earlier one's); a final permit lets the rest through.
// No-transit is not a route-map entry but the `OWN-PREFIXES` prefix-list each session applies
// outbound, so it holds whatever the policies say.
import type { BgpPolicy, Design, DesignNode } from '../model/types';
import { selects } from './selectors';
import type { DeviceProblem, PrefixList, RouteMap, RouteMapEntry } from './types';

export const OWN_PREFIXES = 'OWN-PREFIXES';

export interface NodePolicies {
  prefixLists: PrefixList[];
  routeMaps: RouteMap[];
  ownPrefixList: string;
  forNeighbor(peer: DesignNode, linkId: string): { routeMapIn: string; routeMapOut: string };
}

export function routeMapName(linkId: string, direction: 'in' | 'out'): string {
  return `RM-${linkId}-${direction.toUpperCase()}`;
}

export function buildPolicies(
  design: Design,
  node: DesignNode,
  transit: boolean,
  problems: DeviceProblem[],
): NodePolicies {
  const prefixLists: PrefixList[] = [];
  const routeMaps: RouteMap[] = [];
  const mine = design.bgpPolicies.filter((p) => selects(p.router, node));
  const policyLists = new Map<string, string>();

  if (!transit) {
    prefixLists.push({
      name: OWN_PREFIXES,
      entries:
        node.prefixes.length > 0
          ? node.prefixes.map((prefix, i) => ({ seq: (i + 1) * 10, action: 'permit', prefix }))
          : // Nothing originated: advertise nothing (an empty list would match nothing on some
            // platforms and everything on others, so say it).
            [{ seq: 10, action: 'deny', prefix: '0.0.0.0/0', le: 32 }],
    });
  }

  const listFor = (policy: BgpPolicy): string | undefined => {
    if (policy.prefixes.length === 0) return undefined;
    const existing = policyLists.get(policy.id);
    if (existing) return existing;
    const name = `PL-${policy.id}`;
    prefixLists.push({
      name,
      entries: policy.prefixes.map((prefix, i) => ({ seq: (i + 1) * 10, action: 'permit', prefix, le: 32 })),
    });
    policyLists.set(policy.id, name);
    return name;
  };

  return {
    prefixLists,
    routeMaps,
    ownPrefixList: OWN_PREFIXES,
    forNeighbor(peer, linkId) {
      const names = { routeMapIn: routeMapName(linkId, 'in'), routeMapOut: routeMapName(linkId, 'out') };
      for (const direction of ['in', 'out'] as const) {
        const entries: RouteMapEntry[] = [];
        for (const policy of mine) {
          if (policy.direction !== direction) continue;
          if (policy.neighbor !== undefined && !selects(policy.neighbor, peer)) continue;
          const set: RouteMapEntry['set'] = {};
          if (policy.set.weight !== undefined) {
            if (direction === 'out') {
              problems.push({
                severity: 'warning',
                elementId: policy.id,
                message: `policy '${policy.id}' sets a weight on outbound routes; weight is local to a router and only applies inbound: ignored`,
              });
            } else set.weight = policy.set.weight;
          }
          if (policy.set.localPref !== undefined) set.localPref = policy.set.localPref;
          if (policy.set.med !== undefined) set.med = policy.set.med;
          if (policy.set.asPathPrepend) set.asPathPrepend = { asn: node.asn, count: policy.set.asPathPrepend };
          if (Object.keys(set).length === 0) continue;
          const matchPrefixList = listFor(policy);
          entries.push({
            seq: (entries.length + 1) * 10,
            action: 'permit',
            ...(matchPrefixList ? { matchPrefixList } : {}),
            set,
            continueNext: true,
            source: policy.id,
          });
        }
        const prepending = entries.filter((e) => e.set.asPathPrepend).map((e) => e.source);
        if (prepending.length > 1) {
          // Routers apply every matching `set as-path prepend`, so prepends add up where the
          // design (and the engine) take the last policy's value.
          problems.push({
            severity: 'warning',
            elementId: prepending[prepending.length - 1]!,
            message: `policies ${prepending.map((p) => `'${p}'`).join(', ')} all prepend on ${node.id}'s session '${linkId}' (${direction}): on a router a route matching several gets the prepends added up, not only the last one's`,
          });
        }
        entries.push({ seq: (entries.length + 1) * 10, action: 'permit', set: {}, continueNext: false });
        routeMaps.push({ name: direction === 'in' ? names.routeMapIn : names.routeMapOut, entries });
      }
      return names;
    },
  };
}
