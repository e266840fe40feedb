// Best-case path metrics over the topology, for lower bounds that do not need the engine:
// whatever BGP and steering choose, no path can beat the best path over the links. Each metric is
// minimised on its own, so together they are a bound, not a path.
import type { Design, DesignLink, DesignNode } from '../model';

/** Nodes that may sit in the middle of a path: hubs, and sites/clouds the design lets give
 * transit. Internet/SaaS nodes are destinations, never transit. */
export function canTransit(node: DesignNode): boolean {
  switch (node.kind) {
    case 'hub':
      return true;
    case 'site':
    case 'cloud':
      return node.transit;
    case 'internet':
      return false;
  }
}

interface Edge {
  to: string;
  link: DesignLink;
}

export function adjacency(design: Design): Map<string, Edge[]> {
  const out = new Map<string, Edge[]>();
  const known = new Set(design.nodes.map((n) => n.id));
  for (const link of design.links) {
    if (!known.has(link.source) || !known.has(link.target) || link.source === link.target) continue;
    push(out, link.source, { to: link.target, link });
    push(out, link.target, { to: link.source, link });
  }
  return out;
}

function push(map: Map<string, Edge[]>, key: string, edge: Edge) {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

/** Dijkstra from `source` with a non-negative additive weight; only transit nodes are expanded
 * past (the source always is). Returns the least total weight to every reachable node. */
export function leastWeights(
  design: Design,
  source: string,
  weight: (link: DesignLink) => number,
  graph: Map<string, Edge[]> = adjacency(design),
): Map<string, number> {
  const nodes = new Map(design.nodes.map((n) => [n.id, n]));
  const best = new Map<string, number>([[source, 0]]);
  const done = new Set<string>();
  const queue = new MinQueue();
  queue.push(source, 0);
  for (let item = queue.pop(); item; item = queue.pop()) {
    const [current, currentWeight] = item;
    if (done.has(current)) continue;
    done.add(current);
    const node = nodes.get(current);
    if (current !== source && (!node || !canTransit(node))) continue;
    for (const edge of graph.get(current) ?? []) {
      const candidate = currentWeight + weight(edge.link);
      if (candidate < (best.get(edge.to) ?? Number.POSITIVE_INFINITY)) {
        best.set(edge.to, candidate);
        queue.push(edge.to, candidate);
      }
    }
  }
  return best;
}

/** A binary heap of (id, weight), smallest weight first; stale entries are skipped by the caller. */
class MinQueue {
  private readonly items: [string, number][] = [];

  push(id: string, weight: number) {
    const items = this.items;
    items.push([id, weight]);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]![1] <= items[i]![1]) break;
      [items[parent], items[i]] = [items[i]!, items[parent]!];
      i = parent;
    }
  }

  pop(): [string, number] | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let smallest = i;
        if (l < items.length && items[l]![1] < items[smallest]![1]) smallest = l;
        if (r < items.length && items[r]![1] < items[smallest]![1]) smallest = r;
        if (smallest === i) break;
        [items[smallest], items[i]] = [items[i]!, items[smallest]!];
        i = smallest;
      }
    }
    return top;
  }
}

/** Loss compounds: 1 - prod(1 - l). As a sum of -ln(1 - l) it is additive, so Dijkstra applies. */
export function lossWeight(link: DesignLink): number {
  return -Math.log(Math.max(1e-12, 1 - link.lossPct / 100));
}

export function lossFromWeight(weight: number): number {
  return (1 - Math.exp(-weight)) * 100;
}
