// Which flows exist: site x traffic class x destination node. A class applies to the sites its
// `appliesTo` selects and to the destination nodes (cloud / internet) whose prefixes lie inside
// its destination-prefix match (every destination when the match is empty). A site's demand for
// the class is shared among those destinations by weight (equal by default).
import type { Diagnostic } from '../model/diagnostics';
import { valueForId } from '../model/ids';
import { parseIpv4Cidr } from '../model/ipv4';
import type { TrafficClass } from '../model/types';
import { flat } from './flat-string';
import { info, type Net, selectorMatches } from './normalize';
import { rangeContains } from './prefixes';

export interface FlowSpec {
  id: string;
  site: number;
  cls: TrafficClass;
  destination: number;
  /** The destination's prefix the flow is addressed to. */
  prefix: number;
  demandMbps: number;
}

export function enumerateFlows(net: Net, diagnostics: Diagnostic[]): FlowSpec[] {
  const flows: FlowSpec[] = [];
  const destinations = net.nodes.filter((n) => n.kind === 'cloud' || n.kind === 'internet');
  const sites = net.nodes.filter((n) => n.kind === 'site');
  for (const cls of net.classes) {
    const match = cls.match.destinationPrefixes.map((cidr) => {
      const r = parseIpv4Cidr(cidr);
      return { cidr, base: r.base, len: r.prefixLength, size: r.size };
    });
    const targets: { node: number; prefix: number }[] = [];
    for (const dest of destinations) {
      const prefix =
        match.length === 0
          ? dest.originates[0]
          : dest.originates.find((p) => match.some((m) => rangeContains(m, net.prefixes.list[p]!)));
      if (prefix !== undefined) targets.push({ node: dest.index, prefix });
    }
    if (targets.length === 0) {
      diagnostics.push(
        info('class.no-destination', `traffic class '${cls.name}' matches no destination's prefixes`, cls.id),
      );
      continue;
    }
    const weights = targets.map((t) => valueForId(cls.destinationWeights, net.nodes[t.node]!.id) ?? 1);
    const total = weights.reduce((a, b) => a + b, 0);
    for (const site of sites) {
      if (!cls.appliesTo.some((s) => selectorMatches(s, site.design))) continue;
      const demand =
        (site.design.kind === 'site' ? valueForId(site.design.demandMbps, cls.id) : undefined) ?? cls.defaultDemandMbps;
      targets.forEach((t, i) => {
        flows.push({
          id: flat(`${site.id}|${cls.id}|${net.nodes[t.node]!.id}`),
          site: site.index,
          cls,
          destination: t.node,
          prefix: t.prefix,
          demandMbps: total > 0 ? (demand * weights[i]!) / total : 0,
        });
      });
    }
  }
  return flows;
}
