// Node commands: pure (design, args) → design. A command that changes nothing returns the same
// object so the store records no history step.
import type { NodeKind } from '../../model/enums';
import type { Design, DesignNode, Position } from '../../model/types';
import { newNode } from './new-node';

export interface AddNodeResult {
  design: Design;
  id: string;
}

export function addNodeCommand(design: Design, kind: NodeKind, position: Position): AddNodeResult {
  const node = newNode(design, kind, position);
  return { design: { ...design, nodes: [...design.nodes, node] }, id: node.id };
}

/** Moves nodes to new positions (one undo step for a whole drag of a multi-selection). */
export function moveNodesCommand(design: Design, positions: ReadonlyMap<string, Position>): Design {
  let changed = false;
  const nodes = design.nodes.map((n) => {
    const p = positions.get(n.id);
    if (!p) return n;
    const x = Math.round(p.x);
    const y = Math.round(p.y);
    if (x === n.position.x && y === n.position.y) return n;
    changed = true;
    return { ...n, position: { x, y } };
  });
  return changed ? { ...design, nodes } : design;
}

/** Replaces one node with an edited copy. The id and kind cannot change here (see renameNode). */
export function updateNodeCommand(design: Design, id: string, recipe: (n: DesignNode) => DesignNode): Design {
  const index = design.nodes.findIndex((n) => n.id === id);
  const current = design.nodes[index];
  if (!current) return design;
  const next = recipe(current);
  if (next === current) return design;
  if (next.id !== current.id || next.kind !== current.kind) {
    throw new Error('updateNodeCommand cannot change a node id or kind');
  }
  const nodes = design.nodes.slice();
  nodes[index] = next;
  return { ...design, nodes };
}

/** Moves nodes by an offset (arrow-key nudges). */
export function nudgeNodesCommand(design: Design, ids: readonly string[], dx: number, dy: number): Design {
  const set = new Set(ids);
  return moveNodesCommand(
    design,
    new Map(
      design.nodes.filter((n) => set.has(n.id)).map((n) => [n.id, { x: n.position.x + dx, y: n.position.y + dy }]),
    ),
  );
}
