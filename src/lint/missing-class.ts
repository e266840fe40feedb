// References to traffic classes and applications that do not exist: a PBR rule for a deleted
// class never fires; a site's demand for an unknown class is silently ignored.
import { applicationPreset, type Diagnostic } from '../model';
import { finding, type LintRule } from './rule';

export const missingClassRule: LintRule = {
  code: 'lint.missing-class',
  title: 'Reference to a traffic class or application that does not exist',
  run(design) {
    const out: Diagnostic[] = [];
    const classes = new Set(design.trafficClasses.map((c) => c.id));
    for (const rule of design.pbrRules) {
      const tc = rule.match.trafficClass;
      if (tc !== undefined && !classes.has(tc)) {
        out.push(
          finding(
            'error',
            this.code,
            `PBR rule '${rule.id}' matches traffic class '${tc}', which does not exist`,
            rule.id,
          ),
        );
      }
    }
    for (const node of design.nodes) {
      if (node.kind !== 'site') continue;
      for (const tc of Object.keys(node.demandMbps)) {
        if (!classes.has(tc)) {
          out.push(
            finding(
              'warning',
              this.code,
              `site '${node.id}' sets a demand for traffic class '${tc}', which does not exist`,
              node.id,
            ),
          );
        }
      }
    }
    for (const tc of design.trafficClasses) {
      for (const app of tc.match.applications) {
        if (!applicationPreset(app)) {
          out.push(
            finding(
              'warning',
              this.code,
              `traffic class '${tc.id}' matches application '${app}', which is not a known application`,
              tc.id,
            ),
          );
        }
      }
    }
    return out;
  },
};
