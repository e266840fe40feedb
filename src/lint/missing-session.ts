// A BGP policy acts on a session, and every session rides a link: a policy between two routers
// with no link between them edits a session that does not exist. Likewise a PBR next hop must
// be a directly connected neighbour of each site the rule is on.
import type { Design, Diagnostic } from '../model';
import { finding, type LintRule, listSome } from './rule';
import { resolveSelector, selectedSites, selectorExists } from './scope';

export const missingSessionRule: LintRule = {
  code: 'lint.missing-session',
  title: 'Policy on a BGP session (or next hop) with no link',
  run(design) {
    const out: Diagnostic[] = [];
    const neighbours = linkedNeighbours(design);
    for (const policy of design.bgpPolicies) {
      if (!selectorExists(design, policy.router)) continue; // the missing-node rule reports it
      if (policy.neighbor !== undefined && !selectorExists(design, policy.neighbor)) continue;
      const peers =
        policy.neighbor === undefined ? null : new Set(resolveSelector(design, policy.neighbor).map((n) => n.id));
      const lonely = resolveSelector(design, policy.router)
        .filter((router) => {
          const linked = neighbours.get(router.id) ?? new Set<string>();
          return peers === null ? linked.size === 0 : ![...linked].some((n) => peers.has(n));
        })
        .map((r) => r.id);
      if (lonely.length === 0) continue;
      const towards = policy.neighbor === undefined ? 'any neighbour' : `'${policy.neighbor}'`;
      out.push(
        finding(
          'error',
          this.code,
          `BGP policy '${policy.id}' sets attributes on the session between ${listSome(lonely)} and ${towards}, but no link connects them, so there is no such session`,
          policy.id,
        ),
      );
    }
    for (const rule of design.pbrRules) {
      const hop = rule.action.nextHop;
      if (hop === undefined || !design.nodes.some((n) => n.id === hop)) continue;
      const apart = selectedSites(design, rule.appliesTo)
        .filter((site) => !(neighbours.get(site.id)?.has(hop) ?? false))
        .map((s) => s.id);
      if (apart.length === 0) continue;
      out.push(
        finding(
          'error',
          this.code,
          `PBR rule '${rule.id}' sends to next hop '${hop}', which is not a direct neighbour of ${listSome(apart)}`,
          rule.id,
        ),
      );
    }
    return out;
  },
};

function linkedNeighbours(design: Design): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const set = out.get(a) ?? new Set<string>();
    set.add(b);
    out.set(a, set);
  };
  for (const link of design.links) {
    if (link.source === link.target) continue;
    add(link.source, link.target);
    add(link.target, link.source);
  }
  return out;
}
