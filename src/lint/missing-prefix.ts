// Prefix sets that name routes nobody originates: a BGP policy limited to prefixes matching no
// route changes nothing; a PBR rule for prefixes no node owns never sees traffic.
import { cidrContains, cidrsOverlap, type Diagnostic } from '../model';
import { finding, type LintRule, listSome } from './rule';

export const missingPrefixRule: LintRule = {
  code: 'lint.missing-prefix',
  title: 'Prefix that matches no originated route',
  run(design) {
    const out: Diagnostic[] = [];
    const originated = design.nodes.flatMap((n) => n.prefixes);
    for (const policy of design.bgpPolicies) {
      // A policy prefix matches routes inside it (exact or longer), see BgpPolicySchema.
      const unmatched = policy.prefixes.filter((p) => !originated.some((route) => cidrContains(p, route)));
      if (unmatched.length === 0) continue;
      out.push(
        finding(
          'warning',
          this.code,
          `BGP policy '${policy.id}' lists ${listSome(unmatched)}, but no node originates a route inside ${unmatched.length === 1 ? 'it' : 'them'}`,
          policy.id,
        ),
      );
    }
    for (const rule of design.pbrRules) {
      const unmatched = rule.match.destinationPrefixes.filter(
        (p) => !originated.some((route) => cidrsOverlap(p, route)),
      );
      if (unmatched.length === 0) continue;
      out.push(
        finding(
          'warning',
          this.code,
          `PBR rule '${rule.id}' matches destinations ${listSome(unmatched)}, which no node originates`,
          rule.id,
        ),
      );
    }
    return out;
  },
};
