// Lint: mistakes a design can be saved with but almost certainly does not mean. Pure and cheap
// enough to run on every edit; each finding names the element to fix (`elementId`).
import type { Design, Diagnostic } from '../model';
import { classMatchesNothingRule } from './class-matches-nothing';
import { classOverlapRule } from './class-overlap';
import { jurisdictionNoEgressRule } from './jurisdiction-no-egress';
import { missingClassRule } from './missing-class';
import { missingNodeRule } from './missing-node';
import { missingPrefixRule } from './missing-prefix';
import { missingSessionRule } from './missing-session';
import { pbrShadowedRule } from './pbr-shadowed';
import type { LintRule } from './rule';
import { slaUnreachableRule } from './sla-unreachable';

export type { LintRule } from './rule';

/** Every rule, references first (a broken reference explains later findings). */
export const LINT_RULES: readonly LintRule[] = [
  missingNodeRule,
  missingSessionRule,
  missingClassRule,
  missingPrefixRule,
  pbrShadowedRule,
  classMatchesNothingRule,
  classOverlapRule,
  jurisdictionNoEgressRule,
  slaUnreachableRule,
];

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** All findings, errors first, then in rule order. A rule that throws (a bug) becomes a finding,
 * so one broken rule never hides the others or breaks the editor. */
export function lintDesign(design: Design, rules: readonly LintRule[] = LINT_RULES): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    try {
      out.push(...rule.run(design));
    } catch (error) {
      out.push({
        severity: 'info',
        code: `${rule.code}.failed`,
        message: `the lint rule "${rule.title}" failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return out
    .map((d, i) => [d, i] as const)
    .sort((a, b) => ORDER[a[0].severity] - ORDER[b[0].severity] || a[1] - b[1])
    .map(([d]) => d);
}
