// What a class or rule reaches: selectors (`*`, `tag:<tag>`, node id) resolved to sites, and the
// destinations a class's destination-prefix match covers. Shared by several rules so they agree.
import { cidrContains, type Design, type DesignNode, type SiteNode, type TrafficClass } from '../model';

/** Nodes a selector names: `*` means every site (classes and PBR rules live on sites). */
export function resolveSelector(design: Design, selector: string): DesignNode[] {
  if (selector === '*') return design.nodes.filter((n) => n.kind === 'site');
  if (selector.startsWith('tag:')) {
    const tag = selector.slice(4);
    return design.nodes.filter((n) => n.tags.includes(tag));
  }
  const node = design.nodes.find((n) => n.id === selector);
  return node ? [node] : [];
}

/** Whether a selector names something that exists (a tag some node carries, or a node id). */
export function selectorExists(design: Design, selector: string): boolean {
  if (selector === '*') return true;
  if (selector.startsWith('tag:')) return design.nodes.some((n) => n.tags.includes(selector.slice(4)));
  return design.nodes.some((n) => n.id === selector);
}

/** The sites a list of selectors installs on, deduplicated, in design order. */
export function selectedSites(design: Design, selectors: readonly string[]): SiteNode[] {
  const ids = new Set(selectors.flatMap((s) => resolveSelector(design, s)).map((n) => n.id));
  return design.nodes.filter((n): n is SiteNode => n.kind === 'site' && ids.has(n.id));
}

/** Nodes traffic can be destined to: clouds and the internet/SaaS nodes. */
export function destinationNodes(design: Design): DesignNode[] {
  return design.nodes.filter((n) => n.kind === 'cloud' || n.kind === 'internet');
}

/** Whether `prefixes` (a match; empty means everything) covers one of the node's prefixes. */
export function coversNode(prefixes: readonly string[], node: DesignNode): boolean {
  if (prefixes.length === 0) return true;
  return node.prefixes.some((p) => prefixes.some((m) => cidrContains(m, p)));
}

/** The destinations a class applies to (the engine's rule: those its destination prefixes cover). */
export function classDestinations(design: Design, tc: TrafficClass): DesignNode[] {
  return destinationNodes(design).filter((n) => coversNode(tc.match.destinationPrefixes, n));
}
