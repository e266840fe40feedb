// Two traffic classes overlap when one flow can match both: then which class (SLA, strategy,
// jurisdiction) governs it is ambiguous. Every criterion has to intersect for an overlap.
import type { Design, Diagnostic, TrafficClass } from '../model';
import { finding, type LintRule } from './rule';
import { classDestinations, selectedSites } from './scope';
import { portsIntersect, prefixesIntersect, protocolsIntersect, valuesIntersect } from './traffic';

export const classOverlapRule: LintRule = {
  code: 'lint.class-overlap',
  title: 'Traffic classes that overlap',
  run(design) {
    const out: Diagnostic[] = [];
    const classes = design.trafficClasses;
    for (let j = 1; j < classes.length; j++) {
      for (let i = 0; i < j; i++) {
        const example = overlapExample(design, classes[i]!, classes[j]!);
        if (example) {
          out.push(
            finding(
              'warning',
              this.code,
              `traffic classes '${classes[i]!.id}' and '${classes[j]!.id}' overlap: ${example} matches both. Narrow one of them (DSCP, ports, applications or prefixes) so each flow has one class.`,
              classes[j]!.id,
            ),
          );
        }
      }
    }
    return out;
  },
};

/** A description of one flow both classes match, or null when they are disjoint. */
export function overlapExample(design: Design, a: TrafficClass, b: TrafficClass): string | null {
  const ma = a.match;
  const mb = b.match;
  if (!protocolsIntersect(ma.protocol, mb.protocol)) return null;
  if (!valuesIntersect(ma.dscp, mb.dscp)) return null;
  if (!portsIntersect(ma.ports, mb.ports)) return null;
  if (!prefixesIntersect(ma.sourcePrefixes, mb.sourcePrefixes)) return null;
  if (!prefixesIntersect(ma.destinationPrefixes, mb.destinationPrefixes)) return null;
  // Applications are an identification, not a range: two different application lists never meet.
  if (ma.applications.length > 0 && mb.applications.length > 0 && !valuesIntersect(ma.applications, mb.applications)) {
    return null;
  }
  const sitesB = new Set(selectedSites(design, b.appliesTo).map((s) => s.id));
  const site = selectedSites(design, a.appliesTo).find((s) => sitesB.has(s.id));
  if (!site) return null;
  const destsB = new Set(classDestinations(design, b).map((d) => d.id));
  const destination = classDestinations(design, a).find((d) => destsB.has(d.id));
  if (!destination) return null;
  const dscp = ma.dscp.find((d) => mb.dscp.length === 0 || mb.dscp.includes(d)) ?? mb.dscp[0];
  return `traffic from '${site.id}' to '${destination.id}'${dscp === undefined ? '' : ` with DSCP ${dscp}`}`;
}
