// A fresh node of each kind with values that compute something before the user types: a unique
// private ASN, a unique /16 for sites and clouds, the whole internet for the internet node.
// Imports name model files, not the barrel: the barrel would pull the YAML parser into the
// initial bundle (see bench/ui.bench.ts).
import type { NodeKind } from '../../model/enums';
import { uniqueId } from '../../model/ids';
import { parseIpv4Cidr } from '../../model/ipv4';
import type { CloudNode, Design, DesignNode, HubNode, InternetNode, Position, SiteNode } from '../../model/types';
import { cloudName } from './cloud';

export const KIND_LABELS: Readonly<Record<NodeKind, string>> = {
  site: 'Site',
  hub: 'Egress hub',
  cloud: 'Cloud region',
  internet: 'Internet / SaaS',
};

const ID_STEMS: Readonly<Record<NodeKind, string>> = { site: 'site', hub: 'hub', cloud: 'cloud', internet: 'internet' };

/** First private ASN per kind, so ASNs read as a plan: sites 651xx, hubs 650xx, clouds 645xx. */
const ASN_BASE: Readonly<Record<NodeKind, number>> = { site: 65101, hub: 65010, cloud: 64512, internet: 64900 };

export function newNode(design: Design, kind: NodeKind, position: Position): DesignNode {
  const taken = takenIds(design);
  const id = uniqueId(ID_STEMS[kind], taken);
  const count = design.nodes.filter((n) => n.kind === kind).length + 1;
  const common = {
    id,
    name: kind === 'internet' && count === 1 ? 'Internet' : `${KIND_LABELS[kind]} ${count}`,
    location: { country: 'US' },
    asn: freeAsn(design, ASN_BASE[kind]),
    platform: 'frr' as const,
    prefixes: [] as string[],
    position: { x: Math.round(position.x), y: Math.round(position.y) },
    tags: [] as string[],
    bgp: {},
  };
  switch (kind) {
    case 'site':
      return {
        ...common,
        kind,
        prefixes: freeSlash16(design, 1),
        role: 'branch',
        demandMbps: {},
        transit: false,
      } satisfies SiteNode;
    case 'hub':
      return { ...common, kind, capacityMbps: 10000, security: ['firewall'] } satisfies HubNode;
    case 'cloud':
      return {
        ...common,
        kind,
        prefixes: freeSlash16(design, 100),
        provider: 'aws',
        region: 'us-east-1',
        name: `${cloudName('aws', 'us-east-1')}${count > 1 ? ` (${count})` : ''}`,
        transit: false,
      } satisfies CloudNode;
    case 'internet':
      return { ...common, kind, prefixes: ['0.0.0.0/0'] } satisfies InternetNode;
  }
}

export function takenIds(design: Design): Set<string> {
  return new Set([
    ...design.nodes.map((n) => n.id),
    ...design.links.map((l) => l.id),
    ...design.circuits.map((c) => c.id),
  ]);
}

function freeAsn(design: Design, base: number): number {
  const used = new Set(design.nodes.map((n) => n.asn));
  let asn = base;
  while (used.has(asn)) asn++;
  return asn;
}

/** The first 10.N.0.0/16 (N from `start`) that overlaps no prefix in the design. */
function freeSlash16(design: Design, start: number): string[] {
  const ranges = design.nodes
    .flatMap((n) => n.prefixes)
    .filter((p) => !p.endsWith('/0'))
    .map((p) => parseIpv4Cidr(p));
  for (let n = start; n < 255; n++) {
    const base = ((10 << 24) | (n << 16)) >>> 0;
    const size = 65536;
    if (!ranges.some((r) => r.base < base + size && base < r.base + r.size)) return [`10.${n}.0.0/16`];
  }
  return [];
}
