// Node selectors used by policies and PBR rules: a node id, `tag:<tag>`, or `*` (every node).
import type { DesignNode } from '../model/types';

export function selects(selector: string, node: DesignNode): boolean {
  if (selector === '*') return true;
  if (selector.startsWith('tag:')) return node.tags.includes(selector.slice(4));
  return selector === node.id;
}

/** Whether a node passes routes learned from one neighbour on to another. Sites and clouds do
 * not unless they say `transit: true`; internet/SaaS nodes are destinations, never transit. */
export function givesTransit(node: DesignNode): boolean {
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
