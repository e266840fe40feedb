// The data plane: from a router toward an address, hop by hop over each router's own
// longest-match best paths (ECMP splits evenly), as the FIBs the control plane built would
// forward. Loops and black holes are reported, never followed forever.
import { multipath } from './bestpath';
import { type ControlPlane, candidatesAt } from './bgp';
import type { Net } from './normalize';
import type { Route } from './route';

export interface WalkPath {
  nodes: number[];
  links: number[];
  share: number;
}

export interface Walk {
  paths: WalkPath[];
  /** Where delivery failed, if it did: no route, a forwarding loop, or a router that holds
   * the prefix itself but is not the destination. */
  problem: 'blackhole' | 'loop' | null;
  problemNode: number;
  /** The node each path ends at (the originator of the matched prefix). */
  ends: number[];
}

export class Forwarder {
  /** Clean walks by target prefix, then by router: a small Map per prefix, not one keyed by both
   * (the lookup is the walk's hottest line, and one Map of tens of thousands of keys misses cache). */
  private readonly cache: (Map<number, Walk> | undefined)[];
  private readonly onStack: Uint8Array;
  /** Reused for each router's candidate list (read once by multipath, never kept). */
  private readonly held: Route[] = [];

  constructor(
    private readonly net: Net,
    private readonly cp: ControlPlane,
  ) {
    this.onStack = new Uint8Array(net.nodes.length);
    this.cache = new Array<Map<number, Walk> | undefined>(net.prefixes.count);
  }

  /** Drops the cached walks toward prefix `d` (they are recomputed if asked for again). */
  forget(d: number): void {
    this.cache[d] = undefined;
  }

  /** Interned prefixes containing prefix `d`'s address, longest first. */
  coveringOf(d: number): readonly number[] {
    return this.net.prefixes.covering(this.net.prefixes.list[d]!.base);
  }

  /** The longest prefix covering `d` that `node` holds a best path for, or -1. */
  longestMatch(node: number, d: number): number {
    for (const q of this.coveringOf(d)) if (this.cp.ribs[q]!.best[node]) return q;
    return -1;
  }

  /** Forwarding from `node` toward prefix `d`'s address. `stack` holds nodes already on the path. */
  walk(node: number, d: number, stack: readonly number[] = []): Walk {
    for (const s of stack) this.onStack[s] = 1;
    try {
      return this.step(node, d);
    } finally {
      for (const s of stack) this.onStack[s] = 0;
    }
  }

  private crossesStack(walk: Walk): boolean {
    for (const p of walk.paths) for (const n of p.nodes) if (this.onStack[n]) return true;
    return false;
  }

  private step(node: number, d: number): Walk {
    let byNode = this.cache[d];
    if (!byNode) {
      byNode = new Map();
      this.cache[d] = byNode;
    }
    const cached = byNode.get(node);
    // A clean cached walk is valid unless it crosses a node now on the stack (a loop here).
    if (cached && !cached.problem && !this.crossesStack(cached)) return cached;
    if (this.onStack[node]) return { paths: [], problem: 'loop', problemNode: node, ends: [] };
    const q = this.longestMatch(node, d);
    if (q < 0) return { paths: [], problem: 'blackhole', problemNode: node, ends: [] };
    const rib = this.cp.ribs[q]!;
    const here = this.net.nodes[node]!;
    const best = rib.best[node]!;
    if (best.local) {
      const walk: Walk = {
        paths: [{ nodes: [node], links: [], share: 1 }],
        problem: null,
        problemNode: -1,
        ends: [node],
      };
      byNode.set(node, walk);
      return walk;
    }
    const members = multipath(best, candidatesAt(this.net, rib, here, q, this.cp.scope, this.held), here.bgp);
    this.onStack[node] = 1;
    const paths: WalkPath[] = [];
    const ends: number[] = [];
    let problem: Walk['problem'] = null;
    let problemNode = -1;
    for (const m of members) {
      const sub = this.step(m.fromNode, d);
      if (sub.problem) {
        problem = sub.problem;
        problemNode = sub.problemNode;
        continue;
      }
      for (const p of sub.paths) {
        paths.push({ nodes: [node, ...p.nodes], links: [m.link, ...p.links], share: p.share / members.length });
      }
      ends.push(...sub.ends);
    }
    this.onStack[node] = 0;
    // A partly broken ECMP set still forwards on its good members in the model only if all are
    // good; otherwise report the problem (a router hashes flows onto every member).
    const walk: Walk = problem ? { paths: [], problem, problemNode, ends: [] } : { paths, problem, problemNode, ends };
    if (!problem) byNode.set(node, walk);
    return walk;
  }
}
