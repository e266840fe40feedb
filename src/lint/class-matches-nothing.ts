// A traffic class that can match no traffic: it applies to no site, covers no destination, or
// its criteria contradict each other. Usually a typo; it silently steers nothing.
import { applicationPreset, type Design, type Diagnostic, type TrafficClass } from '../model';
import { finding, type LintRule } from './rule';
import { classDestinations, selectedSites } from './scope';
import { parsePortRange, prefixesIntersect } from './traffic';

export const classMatchesNothingRule: LintRule = {
  code: 'lint.class-matches-nothing',
  title: 'Traffic class that matches nothing',
  run(design) {
    const out: Diagnostic[] = [];
    for (const tc of design.trafficClasses) {
      const reason = whyNothing(design, tc);
      if (reason) {
        out.push(finding('warning', this.code, `traffic class '${tc.id}' matches no traffic: ${reason}`, tc.id));
      }
    }
    return out;
  },
};

function whyNothing(design: Design, tc: TrafficClass): string | null {
  const m = tc.match;
  const sites = selectedSites(design, tc.appliesTo);
  if (sites.length === 0) return `it applies to ${tc.appliesTo.join(', ') || 'nothing'}, which names no site`;
  if (classDestinations(design, tc).length === 0) {
    return `its destination prefixes (${m.destinationPrefixes.join(', ')}) contain no prefix any cloud or internet destination originates`;
  }
  if (m.protocol === 'icmp' && m.ports.length > 0) return 'ICMP has no ports, but the class lists ports';
  if (m.ports.length > 0 && m.ports.every((p) => parsePortRange(p) === null)) {
    return `every port range (${m.ports.join(', ')}) is empty or above 65535`;
  }
  if (m.applications.length > 0) {
    const known = m.applications.map(applicationPreset).filter((p) => p !== undefined);
    if (known.length === 0) return `none of its applications (${m.applications.join(', ')}) is a known application`;
    if (m.protocol !== 'any' && known.every((p) => p.protocol !== 'any' && p.protocol !== m.protocol)) {
      return `its applications use ${[...new Set(known.map((p) => p.protocol))].join('/')}, but the class matches only ${m.protocol}`;
    }
  }
  const siteSources = sites.flatMap((s) => s.prefixes);
  if (m.sourcePrefixes.length > 0 && siteSources.length > 0 && !prefixesIntersect(m.sourcePrefixes, siteSources)) {
    return `its source prefixes (${m.sourcePrefixes.join(', ')}) overlap none of its sites' prefixes`;
  }
  return null;
}
