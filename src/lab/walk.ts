// Where traffic goes: from a router, follow each router's best next hop for the prefix until the
// router that originates it. The same walk runs on the engine's RIBs and on FRR's, so "where
// traffic goes after the failure" is compared hop by hop in design terms.
import { LOCAL, parseNextHop, type Routes, type RouteView } from './compare';

export interface Walk {
  /** Node ids from the start router; the originating router last when delivered. */
  nodes: string[];
  links: string[];
  outcome: 'delivered' | 'no-route' | 'loop';
}

export function walk(routes: Routes<RouteView>, from: string, prefix: string): Walk {
  const nodes = [from];
  const links: string[] = [];
  const seen = new Set([from]);
  let at = from;
  for (;;) {
    const route = routes[at]?.[prefix];
    if (!route) return { nodes, links, outcome: 'no-route' };
    if (route.best === LOCAL) return { nodes, links, outcome: 'delivered' };
    const hop = parseNextHop(route.best);
    if (!hop) return { nodes, links, outcome: 'no-route' };
    nodes.push(hop.node);
    links.push(hop.link);
    if (seen.has(hop.node)) return { nodes, links, outcome: 'loop' };
    seen.add(hop.node);
    at = hop.node;
  }
}

export function sameWalk(a: Walk, b: Walk): boolean {
  return a.outcome === b.outcome && a.links.join('|') === b.links.join('|') && a.nodes.join('|') === b.nodes.join('|');
}

/** "site-a -> hub-east -> aws" (+ "(no route)" / "(loop)"). */
export function describeWalk(w: Walk): string {
  const path = w.nodes.join(' -> ');
  return w.outcome === 'delivered' ? path : `${path} (${w.outcome})`;
}
