// The shape every lint rule has. A rule is pure: it reads the design and returns findings, each
// naming the element to fix (`elementId`) so the UI can select and reveal it.
import type { Design, Diagnostic, Severity } from '../model';

export interface LintRule {
  /** Stable code prefix of this rule's findings, e.g. 'lint.pbr-shadowed'. */
  code: string;
  /** One line for a rules list. */
  title: string;
  run(design: Design): Diagnostic[];
}

export function finding(severity: Severity, code: string, message: string, elementId: string): Diagnostic {
  return { severity, code, message, elementId };
}

/** "a, b and 3 more": keeps messages readable when a rule lists many elements. */
export function listSome(items: readonly string[], max = 3): string {
  const quoted = items.map((i) => `'${i}'`);
  if (quoted.length <= max) return joinAnd(quoted);
  return `${quoted.slice(0, max).join(', ')} and ${quoted.length - max} more`;
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
