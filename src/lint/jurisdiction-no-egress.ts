// Data sovereignty is a hard constraint: a class's allowed jurisdictions (and required
// inspection) apply to every hub on the path. A site that reaches no hub satisfying them through
// allowed hubs has no egress at all for that class: its flows drop.
import {
  type Design,
  type Diagnostic,
  type HubNode,
  isAllowedJurisdiction,
  type SiteNode,
  type TrafficClass,
} from '../model';
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
      const stranded = selectedSites(design, tc.appliesTo).filter(
        (site) => !reachesAllowedHub(design, graph, tc, site),
      );
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

function hubAllowed(hub: HubNode, tc: TrafficClass, site: SiteNode): boolean {
  return isAllowedJurisdiction(hub.location.country, tc.allowedJurisdictions, site.location.country);
}

/** Breadth-first from the site through transit nodes; a hub on the way must itself be allowed. */
function reachesAllowedHub(
  design: Design,
  graph: ReturnType<typeof adjacency>,
  tc: TrafficClass,
  site: SiteNode,
): boolean {
  const nodes = new Map(design.nodes.map((n) => [n.id, n]));
  const seen = new Set([site.id]);
  const queue = [site.id];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const { to } of graph.get(id) ?? []) {
      if (seen.has(to)) continue;
      seen.add(to);
      const node = nodes.get(to);
      if (!node) continue;
      if (node.kind === 'hub') {
        if (!hubAllowed(node, tc, site)) continue; // a disallowed hub may not even be on the path
        if (tc.requiredInspection.every((f) => node.security.includes(f))) return true;
      }
      if (canTransit(node)) queue.push(to);
    }
  }
  return false;
}
