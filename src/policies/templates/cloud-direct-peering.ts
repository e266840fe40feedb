// Cloud prefixes through the hub that peers directly with that provider: one PBR rule per cloud
// region, sending its prefixes to the hub with a cloud interconnect (Direct Connect, ExpressRoute,
// Interconnect...) to that region, or else to another region of the same provider. Installed on
// the sites that can reach that hub.

import { adjacency, canTransit } from '../../lint/paths';
import { matchCovers } from '../../lint/pbr-shadowed';
import { selectedSites } from '../../lint/scope';
import { type CloudNode, type Design, type HubNode, type PbrRule, slugify } from '../../model';
import type { PolicyTemplate } from './template';

export const cloudDirectPeeringTemplate: PolicyTemplate = {
  id: 'cloud-direct-peering',
  title: 'Cloud prefixes through the hub peering directly with the provider',
  description:
    'A PBR rule per cloud region: its prefixes leave through the hub with a direct interconnect to that provider.',
  apply(design) {
    const summary: string[] = [];
    let rules = [...design.pbrRules];
    const clouds = design.nodes.filter((n): n is CloudNode => n.kind === 'cloud' && n.prefixes.length > 0);
    for (const cloud of clouds) {
      const hub = peeringHub(design, cloud);
      if (!hub) {
        summary.push(`No hub has a direct interconnect to ${cloud.provider}: '${cloud.id}' keeps following BGP.`);
        continue;
      }
      const sites = sitesReaching(design, hub.id);
      if (sites.length === 0) {
        summary.push(
          `No site reaches '${hub.id}', the ${cloud.provider} peering hub: '${cloud.id}' keeps following BGP.`,
        );
        continue;
      }
      const rule: PbrRule = {
        id: `cloud-${slugify(cloud.id)}`.slice(0, 40).replace(/-+$/, ''),
        name: `${cloud.name} via ${hub.name}`.slice(0, 80),
        appliesTo: sites.length === design.nodes.filter((n) => n.kind === 'site').length ? ['*'] : sites,
        match: { dscp: [], protocol: 'any', ports: [], destinationPrefixes: cloud.prefixes },
        action: { egressHub: hub.id },
      };
      // An earlier rule of the user's that already sends this traffic there: adding ours would
      // only be a shadowed duplicate (lint would flag it).
      const covering = rules.find(
        (r) => r.id !== rule.id && r.action.egressHub === hub.id && coversRule(design, r, rule),
      );
      if (covering) {
        rules = rules.filter((r) => r.id !== rule.id);
        summary.push(`'${cloud.id}' already leaves through '${hub.id}' by rule '${covering.id}'.`);
        continue;
      }
      const index = rules.findIndex((r) => r.id === rule.id);
      if (index >= 0) rules[index] = rule;
      else rules = [...rules, rule];
      summary.push(`PBR rule '${rule.id}': ${cloud.prefixes.join(', ')} leave through '${hub.id}'.`);
    }
    if (summary.length === 0) summary.push('The design has no cloud with prefixes: nothing to do.');
    const changed = JSON.stringify(rules) !== JSON.stringify(design.pbrRules);
    return { design: changed ? { ...design, pbrRules: rules } : design, summary };
  },
};

/** The hub with a direct cloud interconnect to this region (lowest latency first), else to
 * another region of the same provider. */
function peeringHub(design: Design, cloud: CloudNode): HubNode | null {
  const nodes = new Map(design.nodes.map((n) => [n.id, n]));
  const peerings = design.links
    .filter((l) => l.transport === 'cloud-interconnect')
    .flatMap((l) => {
      const a = nodes.get(l.source);
      const b = nodes.get(l.target);
      const hub = a?.kind === 'hub' ? a : b?.kind === 'hub' ? b : undefined;
      const other = hub === a ? b : a;
      return hub && other?.kind === 'cloud' ? [{ hub, cloud: other, latency: l.latencyMs }] : [];
    })
    .sort((x, y) => x.latency - y.latency);
  const sameRegion = peerings.find((p) => p.cloud.id === cloud.id);
  const sameProvider = peerings.find((p) => p.cloud.provider === cloud.provider);
  return (sameRegion ?? sameProvider)?.hub ?? null;
}

function coversRule(design: Design, outer: PbrRule, inner: PbrRule): boolean {
  const outerSites = new Set(selectedSites(design, outer.appliesTo).map((s) => s.id));
  return selectedSites(design, inner.appliesTo).every((s) => outerSites.has(s.id)) && matchCovers(outer, inner);
}

/** Site ids with a path to the hub through nodes that give transit. */
function sitesReaching(design: Design, hubId: string): string[] {
  const graph = adjacency(design);
  const nodes = new Map(design.nodes.map((n) => [n.id, n]));
  const seen = new Set([hubId]);
  const queue = [hubId];
  const sites: string[] = [];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const { to } of graph.get(id) ?? []) {
      if (seen.has(to)) continue;
      seen.add(to);
      const node = nodes.get(to);
      if (!node) continue;
      if (node.kind === 'site') sites.push(to);
      if (canTransit(node)) queue.push(to);
    }
  }
  return design.nodes.filter((n) => sites.includes(n.id)).map((n) => n.id);
}
