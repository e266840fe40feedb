// Inspector edits as commands: one undo step per field, keystrokes in a field merged.
import type { DesignLink, DesignNode } from '../../model';
import { updateLinkCommand, updateNodeCommand } from '../../state/commands';
import { updateDesign } from '../../state/design-store';

export function editNode(id: string, field: string, recipe: (n: DesignNode) => DesignNode): void {
  updateDesign(`Edit ${field} of ${id}`, (d) => updateNodeCommand(d, id, recipe), {
    coalesceKey: `node:${id}:${field}`,
  });
}

export function editLink(id: string, field: string, recipe: (l: DesignLink) => DesignLink): void {
  updateDesign(`Edit ${field} of ${id}`, (d) => updateLinkCommand(d, id, recipe), {
    coalesceKey: `link:${id}:${field}`,
  });
}

/** Sets or removes an optional key without leaving `key: undefined` in the document. */
export function setOptional<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T {
  const next = { ...obj };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
