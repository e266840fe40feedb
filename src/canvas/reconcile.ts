// Keeps React Flow's measured sizes across view-model updates: the view model is rebuilt from the
// design, but React Flow needs each node's `measured` size back or it hides the node's edges.
import type { FlowNode } from './view-model';

const sourceOf = new WeakMap<FlowNode, FlowNode>();

export function reconcileNodes(previous: FlowNode[], next: readonly FlowNode[]): FlowNode[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  const nodes = next.map((vm) => {
    const local = byId.get(vm.id);
    if (!local) return vm;
    if (sourceOf.get(local) === vm) return local;
    const merged: FlowNode = local.measured ? { ...vm, measured: local.measured } : vm;
    sourceOf.set(merged, vm);
    return merged;
  });
  // Nothing changed node by node: keep the array React Flow already holds, so it does not walk
  // every node again (a thousand of them on a large design).
  return nodes.length === previous.length && nodes.every((n, i) => n === previous[i]) ? previous : nodes;
}

/** Marks a node produced by applyNodeChanges as still derived from the same view-model node. */
export function carrySource(from: FlowNode, to: FlowNode): void {
  const source = sourceOf.get(from);
  if (source) sourceOf.set(to, source);
}
