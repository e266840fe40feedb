// A PBR rule is shadowed when an earlier rule, installed on every site it is, matches every
// packet it matches: first match wins, so the later rule never fires.
import type { PbrRule } from '../model';
import { finding, type LintRule } from './rule';
import { selectedSites } from './scope';
import { portsCover, prefixesCover, protocolCovers, valuesCover } from './traffic';

export const pbrShadowedRule: LintRule = {
  code: 'lint.pbr-shadowed',
  title: 'PBR rule shadowed by an earlier rule',
  run(design) {
    const out = [];
    const sites = new Map(
      design.pbrRules.map((r) => [r.id, new Set(selectedSites(design, r.appliesTo).map((s) => s.id))]),
    );
    for (let j = 1; j < design.pbrRules.length; j++) {
      const later = design.pbrRules[j]!;
      const laterSites = sites.get(later.id)!;
      if (laterSites.size === 0) continue; // installed nowhere: the class/reference rules say so
      const earlier = design.pbrRules
        .slice(0, j)
        .find((r) => [...laterSites].every((s) => sites.get(r.id)!.has(s)) && matchCovers(r, later));
      if (earlier) {
        out.push(
          finding(
            'warning',
            this.code,
            `PBR rule '${later.id}' never fires: the earlier rule '${earlier.id}' matches all of its traffic on every site it is on. Move it above '${earlier.id}' or narrow '${earlier.id}'.`,
            later.id,
          ),
        );
      }
    }
    return out;
  },
};

/** Whether every packet `inner` matches is matched by `outer`. */
export function matchCovers(outer: PbrRule, inner: PbrRule): boolean {
  const o = outer.match;
  const i = inner.match;
  return (
    (o.trafficClass === undefined || o.trafficClass === i.trafficClass) &&
    protocolCovers(o.protocol, i.protocol) &&
    valuesCover(o.dscp, i.dscp) &&
    portsCover(o.ports, i.ports) &&
    prefixesCover(o.destinationPrefixes, i.destinationPrefixes)
  );
}
