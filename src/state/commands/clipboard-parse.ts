// Reading elements back from clipboard text (another tab's copy): validated like any untrusted
// input. Kept apart from clipboard.ts so the schema stays out of the initial bundle.
import { DesignLinkSchema, DesignNodeSchema } from '../../model/schema';
import { CLIPBOARD_FORMAT, type ClipboardPayload } from './clipboard';

/** Parses clipboard text; anything that is not our payload, or has invalid elements, is null. */
export function parseClipboard(text: string): ClipboardPayload | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== CLIPBOARD_FORMAT) {
    return null;
  }
  const raw = value as { nodes?: unknown; links?: unknown };
  const nodes = DesignNodeSchema.array().safeParse(raw.nodes);
  const links = DesignLinkSchema.array().safeParse(raw.links ?? []);
  if (!nodes.success || !links.success) return null;
  return { format: CLIPBOARD_FORMAT, nodes: nodes.data, links: links.data };
}
