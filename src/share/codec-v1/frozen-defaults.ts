// The defaults link version 1 leaves out, FROZEN: a v1 link means these values forever, even if
// the app's own defaults (src/model/defaults.ts, schema.ts) change later. Never edit this file;
// a new link version gets its own copy. (Copied from schema version 1.)
import type { Json } from '../json';

export const TRANSPORT_METRICS_V1: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  mpls: { latencyMs: 30, jitterMs: 2, lossPct: 0.01, bandwidthMbps: 100, costPerMonth: 1500 },
  internet: { latencyMs: 40, jitterMs: 8, lossPct: 0.2, bandwidthMbps: 500, costPerMonth: 200 },
  cellular: { latencyMs: 60, jitterMs: 20, lossPct: 1, bandwidthMbps: 50, costPerMonth: 120 },
  'cloud-interconnect': { latencyMs: 5, jitterMs: 1, lossPct: 0.01, bandwidthMbps: 1000, costPerMonth: 2500 },
};

/** The detection a new link got in schema version 1, by transport and encapsulation. */
export function expectedMechanismV1(transport: Json | undefined, encapsulation: Json | undefined): string {
  if (encapsulation === 'ipsec') return 'ipsec-dpd';
  if (encapsulation === 'wireguard') return 'bfd';
  if (transport === 'internet' || transport === 'cellular') return 'sdwan-probe';
  return 'bfd';
}

export const DETECTION_TIMERS_V1: Readonly<Record<string, number>> = {
  bgpKeepaliveS: 60,
  bgpHoldS: 180,
  bfdIntervalMs: 300,
  bfdMultiplier: 3,
  probeIntervalMs: 500,
  probeFailures: 5,
  dpdTimeoutS: 40,
};

export const NODE_DEFAULTS_V1: Readonly<Record<string, Json>> = { platform: 'frr', tags: [], bgp: {} };

export const NODE_KIND_DEFAULTS_V1: Readonly<Record<string, Readonly<Record<string, Json>>>> = {
  site: { role: 'branch', demandMbps: {}, transit: false },
  // The builder and the palette give new hubs the full stack; the schema default is firewall only.
  hub: { capacityMbps: 10000, security: ['firewall', 'ips', 'swg'] },
  cloud: { transit: false },
  internet: {},
};

export const BGP_SETTINGS_V1: Readonly<Record<string, Json>> = {
  defaultLocalPref: 100,
  maximumPaths: 4,
  compareRouterId: true,
  alwaysCompareMed: false,
  deterministicMed: false,
  multipathRelax: false,
};

export const ADDRESSING_SETTINGS_V1: Readonly<Record<string, Json>> = {
  loopbackPool: '10.255.0.0/16',
  linkPool: '10.254.0.0/16',
};

export const TRAFFIC_MATCH_V1: Readonly<Record<string, Json>> = {
  applications: [],
  dscp: [],
  protocol: 'any',
  ports: [],
  sourcePrefixes: [],
  destinationPrefixes: [],
};

export const PBR_MATCH_V1: Readonly<Record<string, Json>> = {
  dscp: [],
  protocol: 'any',
  ports: [],
  destinationPrefixes: [],
};

/** One character per value of the closed vocabularies stored as columns. */
export const KIND_CODES_V1: Readonly<Record<string, string>> = { site: 's', hub: 'h', cloud: 'c', internet: 'i' };
export const TRANSPORT_CODES_V1: Readonly<Record<string, string>> = {
  mpls: 'm',
  internet: 'i',
  cellular: 'c',
  'cloud-interconnect': 'x',
};
export const ENCAPSULATION_CODES_V1: Readonly<Record<string, string>> = { none: 'n', ipsec: 'i', wireguard: 'w' };

/** The id the app gives a new link between two nodes (src/state/commands/links.ts in schema
 * version 1): both ends' ids, each cut to 18 characters, joined by a dash. A link whose id is this
 * (or this plus "-2", "-3", ... for parallel links) stores only a number. */
export function derivedLinkIdV1(source: string, target: string): string {
  const short = (id: string) => id.slice(0, 18).replace(/-+$/, '');
  return `${short(source)}-${short(target)}`
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30);
}
