// The design document: the one source of truth every layer reads. zod gives both the runtime
// validation of untrusted input (files, links, YAML) and the TypeScript types (see types.ts).
// Changing this file changes the document: bump CURRENT_SCHEMA_VERSION and add a migration.
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import {
  BGP_DIRECTIONS,
  CLOUD_PROVIDERS,
  DETECTION_MECHANISMS,
  ENCAPSULATIONS,
  FAILURE_MODES,
  FAILURE_TARGET_KINDS,
  PLATFORMS,
  PROTOCOLS,
  SECURITY_FUNCTIONS,
  SITE_ROLES,
  SLA_FALLBACKS,
  STRATEGIES,
  TRANSPORTS,
} from './enums';
import { ID_PATTERN, ID_RULE } from './ids';

export const CURRENT_SCHEMA_VERSION = 1;

const Id = z.string().regex(ID_PATTERN, `an id is ${ID_RULE}`);
/** Display names are free text, but single-line and bounded: exporters escape them per platform. */
const Name = z
  .string()
  .min(1, 'a name cannot be empty')
  .max(80, 'a name is at most 80 characters')
  .refine((s) => !/[\r\n]/.test(s) && !s.includes(String.fromCharCode(0)), 'a name must be a single line');

/** IPv4 only for now: the engine, addressing plan and exporters are IPv4 (IPv6 is a later schema step). */
export const CidrSchema = z
  .string()
  .refine((s) => isIpv4Cidr(s), 'not an IPv4 prefix such as 10.1.0.0/16')
  .refine(
    (s) => !isIpv4Cidr(s) || ipaddr.IPv4.networkAddressFromCIDR(s).toString() === s.split('/')[0],
    'host bits are set: use the network address (e.g. 10.1.0.0/16, not 10.1.2.3/16)',
  );

function isIpv4Cidr(s: string): boolean {
  return (
    /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(s) && ipaddr.isValidCIDR(s) && ipaddr.parseCIDR(s)[0].kind() === 'ipv4'
  );
}

export const Ipv4AddressSchema = z.string().refine((s) => ipaddr.IPv4.isValidFourPartDecimal(s), 'not an IPv4 address');

const Asn = z.number().int('an ASN is a whole number').min(1).max(4294967294);
const NonNegative = z.number().min(0, 'cannot be negative');
const Percent = z.number().min(0, 'cannot be negative').max(100, 'at most 100 %');

/** ISO 3166-1 alpha-2, upper case: where a node sits, for data-sovereignty rules. */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'a two-letter country code such as US, DE, CN');

export const PositionSchema = z.object({ x: z.number(), y: z.number() });

export const LocationSchema = z.object({
  country: CountryCodeSchema,
  city: z.string().max(80).optional(),
});

/** Per-router BGP knobs; absent fields take the design's `settings.bgp`. */
export const RouterBgpSchema = z.object({
  maximumPaths: z.number().int().min(1).max(256).optional(),
  compareRouterId: z.boolean().optional(),
  alwaysCompareMed: z.boolean().optional(),
  deterministicMed: z.boolean().optional(),
  multipathRelax: z.boolean().optional(),
  /** Accept routes carrying our own AS this many times (sites sharing one ASN). */
  allowasIn: z.number().int().min(1).max(10).optional(),
  /** Replace the neighbour's AS with ours when advertising (the provider side of shared ASNs). */
  asOverride: z.boolean().optional(),
});

const NodeBase = {
  id: Id,
  name: Name,
  location: LocationSchema,
  asn: Asn,
  platform: z.enum(PLATFORMS).default('frr'),
  /** Prefixes this node originates into BGP. */
  prefixes: z.array(CidrSchema).default([]),
  position: PositionSchema,
  tags: z
    .array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,30}$/, 'a tag is lowercase letters, digits, dashes'))
    .default([]),
  /** Overrides of the addressing plan (see addressing.ts). */
  routerId: Ipv4AddressSchema.optional(),
  loopback: Ipv4AddressSchema.optional(),
  bgp: RouterBgpSchema.default({}),
  notes: z.string().max(2000).optional(),
};

export const SiteNodeSchema = z.object({
  ...NodeBase,
  kind: z.literal('site'),
  role: z.enum(SITE_ROLES).default('branch'),
  /** Demand per traffic class id, Mbps; a class absent here uses its defaultDemandMbps. */
  demandMbps: z.record(Id, NonNegative).default({}),
  /** Sites do not give transit unless this says so. */
  transit: z.boolean().default(false),
});

export const HubNodeSchema = z.object({
  ...NodeBase,
  kind: z.literal('hub'),
  /** Egress capacity of the hub's security stack, Mbps. */
  capacityMbps: NonNegative.default(10000),
  security: z.array(z.enum(SECURITY_FUNCTIONS)).default(['firewall']),
});

export const CloudNodeSchema = z.object({
  ...NodeBase,
  kind: z.literal('cloud'),
  provider: z.enum(CLOUD_PROVIDERS),
  /** The provider's region code: us-east-1, westeurope, europe-west3, cn-beijing, ... */
  region: z.string().regex(/^[a-z0-9-]{2,40}$/, 'a region code such as us-east-1 or westeurope'),
  transit: z.boolean().default(false),
});

/** The public internet or a SaaS service: a destination that originates its prefixes. */
export const InternetNodeSchema = z.object({
  ...NodeBase,
  kind: z.literal('internet'),
  service: z.string().max(80).optional(),
});

export const DesignNodeSchema = z.discriminatedUnion('kind', [
  SiteNodeSchema,
  HubNodeSchema,
  CloudNodeSchema,
  InternetNodeSchema,
]);

export const DetectionSchema = z.object({
  mechanism: z.enum(DETECTION_MECHANISMS).default('bgp'),
  /** BGP keepalive / hold, seconds. The negotiated hold is the smaller of the two sides'. */
  bgpKeepaliveS: z.number().int().min(0).max(21845).default(60),
  bgpHoldS: z.number().int().min(0).max(65535).default(180),
  bfdIntervalMs: z.number().int().min(10).max(60000).default(300),
  bfdMultiplier: z.number().int().min(2).max(255).default(3),
  probeIntervalMs: z.number().int().min(10).max(3600000).default(500),
  probeFailures: z.number().int().min(1).max(3600).default(5),
  dpdTimeoutS: z.number().int().min(1).max(3600).default(40),
});

export const LinkAddressingSchema = z.object({
  /** A /30 or /31 for the point-to-point subnet; the source end takes the first usable address. */
  subnet: CidrSchema.optional(),
  sourceAddress: Ipv4AddressSchema.optional(),
  targetAddress: Ipv4AddressSchema.optional(),
});

export const DesignLinkSchema = z.object({
  id: Id,
  name: Name.optional(),
  source: Id,
  target: Id,
  transport: z.enum(TRANSPORTS),
  encapsulation: z.enum(ENCAPSULATIONS).default('none'),
  /** The shared circuit this link rides on: every link on one circuit fails together. */
  circuit: Id.optional(),
  latencyMs: NonNegative,
  jitterMs: NonNegative,
  lossPct: Percent,
  bandwidthMbps: NonNegative,
  costPerMonth: NonNegative,
  detection: DetectionSchema.default({
    mechanism: 'bgp',
    bgpKeepaliveS: 60,
    bgpHoldS: 180,
    bfdIntervalMs: 300,
    bfdMultiplier: 3,
    probeIntervalMs: 500,
    probeFailures: 5,
    dpdTimeoutS: 40,
  }),
  addressing: LinkAddressingSchema.default({}),
});

export const CircuitSchema = z.object({
  id: Id,
  name: Name,
  /** Where the circuit terminates (usually a site), for display. */
  node: Id.optional(),
});

export const TrafficMatchSchema = z.object({
  /** Application presets (zoom, teams, webex, backup, saas, ...), see model/applications.ts. */
  applications: z.array(z.string().regex(/^[a-z0-9-]{1,30}$/)).default([]),
  dscp: z.array(z.number().int().min(0).max(63)).default([]),
  protocol: z.enum(PROTOCOLS).default('any'),
  /** Destination ports or ranges: "443", "3478-3481". */
  ports: z.array(z.string().regex(/^\d{1,5}(-\d{1,5})?$/, 'a port or a range such as 3478-3481')).default([]),
  sourcePrefixes: z.array(CidrSchema).default([]),
  /** The destinations this class applies to: every destination node whose prefixes these cover.
   * Empty means every destination. */
  destinationPrefixes: z.array(CidrSchema).default([]),
});

export const SlaSchema = z.object({
  maxLatencyMs: NonNegative.optional(),
  maxLossPct: Percent.optional(),
  maxJitterMs: NonNegative.optional(),
});

export const TrafficClassSchema = z.object({
  id: Id,
  name: Name,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as #3b82f6'),
  /** Node ids, `tag:<tag>`, or `*` (every site). */
  appliesTo: z.array(z.string()).default(['*']),
  match: TrafficMatchSchema.default({
    applications: [],
    dscp: [],
    protocol: 'any',
    ports: [],
    sourcePrefixes: [],
    destinationPrefixes: [],
  }),
  sla: SlaSchema.default({}),
  strategy: z.enum(STRATEGIES).default('follow-bgp'),
  /** For `manual`: egress hub ids in order of preference. */
  preferredHubs: z.array(Id).default([]),
  fallback: z.enum(SLA_FALLBACKS).default('follow-bgp'),
  /** Where this class may egress: country codes, groups such as EU, or `site` (the source
   * site's own country). Empty means anywhere. Applies to every hub on the path and to a
   * cloud-region destination, on the primary and on every failover path. */
  allowedJurisdictions: z
    .array(z.string().regex(/^([A-Z]{2,4}|site)$/, 'a country code, a group such as EU, or site'))
    .default([]),
  /** A hub lacking any of these is not an allowed egress. */
  requiredInspection: z.array(z.enum(SECURITY_FUNCTIONS)).default([]),
  defaultDemandMbps: NonNegative.default(1),
  /** Share of the demand per destination node id; absent destinations weigh 1. */
  destinationWeights: z.record(Id, NonNegative).default({}),
  /** A single point of failure for a critical class fails `egress check`. */
  critical: z.boolean().default(false),
});

/** Attributes set on routes crossing one BGP session, at `router`, in one direction. */
export const BgpPolicySchema = z.object({
  id: Id,
  name: Name.optional(),
  /** The router applying the policy: a node id or `tag:<tag>`. */
  router: z.string().min(1),
  /** The session's other end: a node id, `tag:<tag>`, or absent for every neighbour. */
  neighbor: z.string().optional(),
  direction: z.enum(BGP_DIRECTIONS),
  /** Only routes for prefixes inside one of these (exact or longer). Empty means every route. */
  prefixes: z.array(CidrSchema).default([]),
  set: z.object({
    weight: z.number().int().min(0).max(65535).optional(),
    localPref: z.number().int().min(0).max(4294967295).optional(),
    med: z.number().int().min(0).max(4294967295).optional(),
    asPathPrepend: z.number().int().min(0).max(10).optional(),
  }),
});

/** An ordered policy-based-routing rule at a site: first match wins, before the class strategy. */
export const PbrRuleSchema = z.object({
  id: Id,
  name: Name.optional(),
  /** Sites the rule is installed on: node ids, `tag:<tag>` or `*`. */
  appliesTo: z.array(z.string()).default(['*']),
  match: z.object({
    trafficClass: Id.optional(),
    dscp: z.array(z.number().int().min(0).max(63)).default([]),
    protocol: z.enum(PROTOCOLS).default('any'),
    ports: z.array(z.string().regex(/^\d{1,5}(-\d{1,5})?$/)).default([]),
    destinationPrefixes: z.array(CidrSchema).default([]),
  }),
  action: z.object({
    /** Leave through this hub (the candidate whose path exits there). */
    egressHub: Id.optional(),
    /** Send to this directly connected neighbour. */
    nextHop: Id.optional(),
    drop: z.boolean().optional(),
  }),
});

export const FailureSchema = z.object({
  kind: z.enum(FAILURE_TARGET_KINDS),
  /** Element id for link/node/circuit; provider name for provider; `provider:region` for region. */
  target: z.string().min(1),
  mode: z.enum(FAILURE_MODES).default('hard'),
  addLatencyMs: NonNegative.optional(),
  addLossPct: Percent.optional(),
});

export const ScenarioSchema = z.object({
  id: Id,
  name: Name,
  failures: z.array(FailureSchema),
});

export const BgpSettingsSchema = z.object({
  defaultLocalPref: z.number().int().min(0).default(100),
  maximumPaths: z.number().int().min(1).max(256).default(4),
  /** On in new designs so results never depend on arrival order (FRR keeps the older path). */
  compareRouterId: z.boolean().default(true),
  alwaysCompareMed: z.boolean().default(false),
  deterministicMed: z.boolean().default(false),
  multipathRelax: z.boolean().default(false),
});

export const AddressingSettingsSchema = z.object({
  loopbackPool: CidrSchema.default('10.255.0.0/16'),
  linkPool: CidrSchema.default('10.254.0.0/16'),
});

export const SettingsSchema = z.object({
  bgp: BgpSettingsSchema.default({
    defaultLocalPref: 100,
    maximumPaths: 4,
    compareRouterId: true,
    alwaysCompareMed: false,
    deterministicMed: false,
    multipathRelax: false,
  }),
  addressing: AddressingSettingsSchema.default({ loopbackPool: '10.255.0.0/16', linkPool: '10.254.0.0/16' }),
});

export const MetaSchema = z.object({
  name: Name,
  description: z.string().max(4000).default(''),
});

export const DesignSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  meta: MetaSchema,
  settings: SettingsSchema.default({
    bgp: {
      defaultLocalPref: 100,
      maximumPaths: 4,
      compareRouterId: true,
      alwaysCompareMed: false,
      deterministicMed: false,
      multipathRelax: false,
    },
    addressing: { loopbackPool: '10.255.0.0/16', linkPool: '10.254.0.0/16' },
  }),
  nodes: z.array(DesignNodeSchema).max(5000, 'a design holds at most 5,000 nodes'),
  links: z.array(DesignLinkSchema).max(20000, 'a design holds at most 20,000 links').default([]),
  circuits: z.array(CircuitSchema).default([]),
  trafficClasses: z.array(TrafficClassSchema).default([]),
  bgpPolicies: z.array(BgpPolicySchema).default([]),
  pbrRules: z.array(PbrRuleSchema).default([]),
  scenarios: z.array(ScenarioSchema).default([]),
});
