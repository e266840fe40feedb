// Link version 1: the short key of every field of schema version 1 and what each field defaults
// to. FROZEN once shipped: changing a short key or a default changes what existing links mean.
// Fields added to the schema later are not listed here and travel under their own names.
import type { Json, JsonObject } from '../json';
import {
  ADDRESSING_SETTINGS_V1,
  BGP_SETTINGS_V1,
  DETECTION_TIMERS_V1,
  expectedMechanismV1,
  NODE_DEFAULTS_V1,
  NODE_KIND_DEFAULTS_V1,
  PBR_MATCH_V1,
  TRAFFIC_MATCH_V1,
  TRANSPORT_METRICS_V1,
} from './frozen-defaults';
import type { ObjectSpec } from './object-codec';

const routerBgp: ObjectSpec = {
  keys: {
    maximumPaths: 'm',
    compareRouterId: 'r',
    alwaysCompareMed: 'a',
    deterministicMed: 'd',
    multipathRelax: 'x',
    allowasIn: 'i',
    asOverride: 'o',
  },
};

const locationSpec: ObjectSpec = { keys: { country: 'c', city: 't' } };

/** A node's fields outside the table columns. */
export const nodeSpec: ObjectSpec = {
  keys: {
    id: 'i',
    name: 'n',
    location: 'l',
    asn: 'a',
    platform: 'f',
    prefixes: 'p',
    position: 'o',
    tags: 'g',
    routerId: 'r',
    loopback: 'b',
    bgp: 'bg',
    notes: 'no',
    kind: 'k',
    role: 'ro',
    demandMbps: 'dm',
    transit: 'tr',
    capacityMbps: 'cp',
    security: 'se',
    provider: 'pv',
    region: 'rg',
    service: 'sv',
  },
  defaults: { ...NODE_DEFAULTS_V1, prefixes: [] },
  dynamicDefaults: (self) => (typeof self.kind === 'string' ? (NODE_KIND_DEFAULTS_V1[self.kind] ?? {}) : {}),
  children: { bgp: { kind: 'object', spec: routerBgp }, location: { kind: 'object', spec: locationSpec } },
};

function expectedDetection(link: JsonObject | undefined): JsonObject {
  return { mechanism: expectedMechanismV1(link?.transport, link?.encapsulation), ...DETECTION_TIMERS_V1 };
}

const detectionSpec: ObjectSpec = {
  keys: {
    mechanism: 'm',
    bgpKeepaliveS: 'k',
    bgpHoldS: 'h',
    bfdIntervalMs: 'i',
    bfdMultiplier: 'u',
    probeIntervalMs: 'p',
    probeFailures: 'f',
    dpdTimeoutS: 'd',
  },
  dynamicDefaults: (_self, link) => expectedDetection(link),
};

/** A link's fields outside the table columns. */
export const linkSpec: ObjectSpec = {
  keys: {
    id: 'i',
    name: 'n',
    source: 's',
    target: 't',
    transport: 'r',
    encapsulation: 'e',
    circuit: 'c',
    latencyMs: 'la',
    jitterMs: 'ji',
    lossPct: 'lo',
    bandwidthMbps: 'bw',
    costPerMonth: 'co',
    detection: 'd',
    addressing: 'a',
  },
  defaults: { encapsulation: 'none', addressing: {} },
  dynamicDefaults: (self) => ({
    ...(typeof self.transport === 'string' ? TRANSPORT_METRICS_V1[self.transport] : undefined),
    detection: expectedDetection(self),
  }),
  children: {
    detection: { kind: 'object', spec: detectionSpec },
    addressing: { kind: 'object', spec: { keys: { subnet: 's', sourceAddress: 'a', targetAddress: 'b' } } },
  },
};

const circuitSpec: ObjectSpec = { keys: { id: 'i', name: 'n', node: 'o' } };

const trafficClassSpec: ObjectSpec = {
  keys: {
    id: 'i',
    name: 'n',
    color: 'c',
    appliesTo: 'a',
    match: 'm',
    sla: 's',
    strategy: 't',
    preferredHubs: 'h',
    fallback: 'f',
    allowedJurisdictions: 'j',
    requiredInspection: 'q',
    defaultDemandMbps: 'd',
    destinationWeights: 'w',
    critical: 'x',
  },
  defaults: {
    appliesTo: ['*'],
    match: TRAFFIC_MATCH_V1 as Json,
    sla: {},
    strategy: 'follow-bgp',
    preferredHubs: [],
    fallback: 'follow-bgp',
    allowedJurisdictions: [],
    requiredInspection: [],
    defaultDemandMbps: 1,
    destinationWeights: {},
    critical: false,
  },
  children: {
    match: {
      kind: 'object',
      spec: {
        keys: {
          applications: 'a',
          dscp: 'd',
          protocol: 'p',
          ports: 'o',
          sourcePrefixes: 's',
          destinationPrefixes: 't',
        },
        defaults: TRAFFIC_MATCH_V1,
      },
    },
    sla: { kind: 'object', spec: { keys: { maxLatencyMs: 'l', maxLossPct: 'o', maxJitterMs: 'j' } } },
  },
};

const bgpPolicySpec: ObjectSpec = {
  keys: { id: 'i', name: 'n', router: 'r', neighbor: 'b', direction: 'd', prefixes: 'p', set: 's' },
  defaults: { prefixes: [] },
  children: {
    set: { kind: 'object', spec: { keys: { weight: 'w', localPref: 'l', med: 'm', asPathPrepend: 'p' } } },
  },
};

const pbrRuleSpec: ObjectSpec = {
  keys: { id: 'i', name: 'n', appliesTo: 'a', match: 'm', action: 'x' },
  defaults: { appliesTo: ['*'] },
  children: {
    match: {
      kind: 'object',
      spec: {
        keys: { trafficClass: 'c', dscp: 'd', protocol: 'p', ports: 'o', destinationPrefixes: 't' },
        defaults: PBR_MATCH_V1,
      },
    },
    action: { kind: 'object', spec: { keys: { egressHub: 'h', nextHop: 'n', drop: 'd' } } },
  },
};

const failureSpec: ObjectSpec = {
  keys: { kind: 'k', target: 't', mode: 'm', addLatencyMs: 'l', addLossPct: 'o' },
  defaults: { mode: 'hard' },
};

const scenarioSpec: ObjectSpec = {
  keys: { id: 'i', name: 'n', failures: 'f' },
  children: { failures: { kind: 'list', spec: failureSpec } },
};

export const settingsSpec: ObjectSpec = {
  keys: { bgp: 'b', addressing: 'a' },
  defaults: { bgp: BGP_SETTINGS_V1 as Json, addressing: ADDRESSING_SETTINGS_V1 as Json },
  children: {
    bgp: {
      kind: 'object',
      spec: {
        keys: {
          defaultLocalPref: 'l',
          maximumPaths: 'm',
          compareRouterId: 'r',
          alwaysCompareMed: 'a',
          deterministicMed: 'd',
          multipathRelax: 'x',
        },
        defaults: BGP_SETTINGS_V1,
      },
    },
    addressing: {
      kind: 'object',
      spec: { keys: { loopbackPool: 'l', linkPool: 'k' }, defaults: ADDRESSING_SETTINGS_V1 },
    },
  },
};

export const metaSpec: ObjectSpec = { keys: { name: 'n', description: 'd' }, defaults: { description: '' } };

/** The lists after nodes and links, each a list of compacted objects. */
export const listSpecs = {
  circuits: circuitSpec,
  trafficClasses: trafficClassSpec,
  bgpPolicies: bgpPolicySpec,
  pbrRules: pbrRuleSpec,
  scenarios: scenarioSpec,
} as const;
