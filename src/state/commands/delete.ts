// Deleting a selection: nodes take their links with them, circuits left empty stay (they are
// cheap and may be reused), and references elsewhere are left for validation to report.
import type { Design } from '../../model/types';

export interface ElementIds {
  nodeIds: readonly string[];
  linkIds: readonly string[];
}

export function deleteElementsCommand(design: Design, ids: ElementIds): Design {
  if (ids.nodeIds.length === 0 && ids.linkIds.length === 0) return design;
  const nodeIds = new Set(ids.nodeIds);
  const linkIds = new Set(ids.linkIds);
  const nodes = design.nodes.filter((n) => !nodeIds.has(n.id));
  const links = design.links.filter((l) => !linkIds.has(l.id) && !nodeIds.has(l.source) && !nodeIds.has(l.target));
  if (nodes.length === design.nodes.length && links.length === design.links.length) return design;
  return { ...design, nodes, links };
}
