// Keeps React Flow's measured sizes across view-model updates: the view model is rebuilt from the
// design, but React Flow needs each node's `measured` size back or it hides the node's edges.
import type { FlowNode } from './view-model';

const sourceOf = new WeakMap<FlowNode, FlowNode>();

export function reconcileNodes(previous: readonly FlowNode[], next: readonly FlowNode[]): FlowNode[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  return next.map((vm) => {
    const local = byId.get(vm.id);
    if (!local) return vm;
    if (sourceOf.get(local) === vm) return local;
    const merged: FlowNode = local.measured ? { ...vm, measured: local.measured } : vm;
    sourceOf.set(merged, vm);
    return merged;
  });
}

/** Marks a node produced by applyNodeChanges as still derived from the same view-model node. */
export function carrySource(from: FlowNode, to: FlowNode): void {
  const source = sourceOf.get(from);
  if (source) sourceOf.set(to, source);
}
