// What the Junos renderer's sections share: the platform id, the warning sink, quoting.
import { safeText } from '../escape';
import type { ExportWarning } from '../types';

export const P = 'junos' as const;

export type Warn = (feature: ExportWarning['feature'], message: string, elementId?: string) => void;

/** A Junos string: safeText has already removed quotes, backslashes, `;`, braces and newlines,
 * so wrapping it in double quotes cannot end the statement early. */
export function quoted(text: string, maxLength = 80): string {
  return `"${safeText(text, maxLength)}"`;
}
