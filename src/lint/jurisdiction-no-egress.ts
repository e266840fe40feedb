// Data sovereignty is a hard constraint: a class's allowed jurisdictions (and required
// inspection) apply to every hub on the path. A site that reaches no hub satisfying them through
// allowed hubs has no egress at all for that class: its flows drop.
import { type Design, type Diagnostic, type HubNode, isAllowedJurisdiction, type TrafficClass } from '../model';
import { adjacency, canTransit } from './paths';
import { finding, type LintRule, listSome } from './rule';
import { selectedSites } from './scope';

export const jurisdictionNoEgressRule: LintRule = {
  code: 'lint.jurisdiction-no-egress',
  title: 'Jurisdiction list that leaves a site no egress hub',
  run(design) {
    const out: Diagnostic[] = [];
    const graph = adjacency(design);
    for (const tc of design.trafficClasses) {
      if (tc.allowedJurisdictions.length === 0 && tc.requiredInspection.length === 0) continue;
      // `site` makes the allowed hubs depend on the site's country: one search per country.
      const reachedByCountry = new Map<string, Set<string>>();
      const stranded = selectedSites(design, tc.appliesTo).filter((site) => {
        const country = site.location.country;
        let reached = reachedByCountry.get(country);
        if (!reached) {
          reached = sitesReachingAllowedHubs(design, graph, tc, country);
          reachedByCountry.set(country, reached);
        }
        return !reached.has(site.id);
      });
      if (stranded.length === 0) continue;
      const where = tc.allowedJurisdictions.length > 0 ? `in ${tc.allowedJurisdictions.join(', ')}` : 'anywhere';
      const inspection = tc.requiredInspection.length > 0 ? ` with ${tc.requiredInspection.join(' + ')}` : '';
      out.push(
        finding(
          'error',
          this.code,
          `traffic class '${tc.id}' may only egress through hubs ${where}${inspection}, but ${listSome(stranded.map((s) => s.id))} ${stranded.length === 1 ? 'reaches' : 'reach'} no such hub: ${stranded.length === 1 ? 'its' : 'their'} flows of this class drop. Allow another jurisdiction or connect a hub there.`,
          tc.id,
        ),
      );
    }
    return out;
  },
};

/** Sites (in `siteCountry`) with a path to an allowed hub that has the required inspection,
 * through transit nodes, where every hub on the way is itself allowed. Searched backwards from
 * those hubs at once: links are symmetric, so reaching a site from a hub is the same path. */
function sitesReachingAllowedHubs(
  design: Design,
  graph: ReturnType<typeof adjacency>,
  tc: TrafficClass,
  siteCountry: string,
): Set<string> {
  const allowed = (node: HubNode) => isAllowedJurisdiction(node.location.country, tc.allowedJurisdictions, siteCountry);
  const nodes = new Map(design.nodes.map((n) => [n.id, n]));
  const starts = design.nodes.filter(
    (n): n is HubNode => n.kind === 'hub' && allowed(n) && tc.requiredInspection.every((f) => n.security.includes(f)),
  );
  const seen = new Set(starts.map((h) => h.id));
  const queue = starts.map((h) => h.id);
  const sites = new Set<string>();
  for (let i = 0; i < queue.length; i++) {
    for (const { to } of graph.get(queue[i]!) ?? []) {
      if (seen.has(to)) continue;
      seen.add(to);
      const node = nodes.get(to);
      if (!node) continue;
      if (node.kind === 'site') sites.add(to);
      if (node.kind === 'hub' && !allowed(node)) continue; // a disallowed hub may not even be on the path
      if (canTransit(node)) queue.push(to);
    }
  }
  return sites;
}
