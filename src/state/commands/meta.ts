// Document-level edits: name and description.
import type { Design } from '../../model/types';

export function updateMetaCommand(design: Design, patch: Partial<Design['meta']>): Design {
  const meta = { ...design.meta, ...patch };
  if (meta.name === design.meta.name && meta.description === design.meta.description) return design;
  return { ...design, meta };
}
