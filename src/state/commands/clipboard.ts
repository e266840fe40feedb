// Copy and paste: the clipboard holds plain design elements (JSON), so pasting into another tab
// or another design works; pasted elements get fresh ids and shift so they do not hide the originals.
import { uniqueId } from '../../model/ids';
import type { Design, DesignLink, DesignNode } from '../../model/types';
import type { ElementIds } from './delete';
import { takenIds } from './new-node';

export const CLIPBOARD_FORMAT = 'egress-designer/elements@1';

export interface ClipboardPayload {
  format: typeof CLIPBOARD_FORMAT;
  nodes: DesignNode[];
  links: DesignLink[];
}

/** The selected nodes plus the links among them (and any selected link whose ends are both copied). */
export function copyCommand(design: Design, ids: ElementIds): ClipboardPayload | null {
  const nodeIds = new Set(ids.nodeIds);
  const nodes = design.nodes.filter((n) => nodeIds.has(n.id));
  if (nodes.length === 0) return null;
  const links = design.links.filter((l) => nodeIds.has(l.source) && nodeIds.has(l.target));
  return { format: CLIPBOARD_FORMAT, nodes, links };
}

export interface PasteResult {
  design: Design;
  nodeIds: string[];
  linkIds: string[];
}

export function pasteCommand(design: Design, payload: ClipboardPayload, offset = { x: 40, y: 40 }): PasteResult {
  const taken = takenIds(design);
  const idMap = new Map<string, string>();
  const nodes = payload.nodes.map((n) => {
    const id = uniqueId(n.id, taken);
    taken.add(id);
    idMap.set(n.id, id);
    return { ...n, id, position: { x: n.position.x + offset.x, y: n.position.y + offset.y } };
  });
  const links: DesignLink[] = [];
  for (const l of payload.links) {
    const source = idMap.get(l.source);
    const target = idMap.get(l.target);
    if (!source || !target) continue;
    const id = uniqueId(l.id, taken);
    taken.add(id);
    // A copied circuit reference would tie the copy's fate to the original's circuit: drop it.
    const { circuit: _circuit, ...rest } = l;
    links.push({ ...rest, id, source, target, addressing: {} });
  }
  return {
    design: { ...design, nodes: [...design.nodes, ...nodes], links: [...design.links, ...links] },
    nodeIds: nodes.map((n) => n.id),
    linkIds: links.map((l) => l.id),
  };
}
