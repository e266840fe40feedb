// fast-check generators of VALID designs (they pass DesignSchema), reaching every field of schema
// version 1: optional fields present and absent, defaults and non-defaults, odd numbers (negative,
// fractional, huge), unicode names, dangling and parallel links, app-style derived link ids.
import fc from 'fast-check';
import { DETECTION_MECHANISMS, PLATFORMS, PROTOCOLS, SECURITY_FUNCTIONS, STRATEGIES } from '../../model/enums';
import { CURRENT_SCHEMA_VERSION, DesignSchema } from '../../model/schema';
import type { Design, DesignInput } from '../../model/types';

const idArb = fc.stringMatching(/^[a-z][a-z0-9-]{0,14}$/);
const nameArb = fc
  .string({ minLength: 1, maxLength: 24, unit: 'grapheme' })
  .filter((s) => !/[\r\n]/.test(s) && !s.includes(String.fromCharCode(0)) && s.length <= 80);
const countryArb = fc.oneof(fc.constantFrom('US', 'DE', 'CN', 'FR', 'NL', 'SG'), fc.stringMatching(/^[A-Z]{2}$/));
const cidrArb = fc.tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 32 })).map(([ip, len]) => {
  const masked = len === 0 ? 0 : (ip & (0xffffffff << (32 - len))) >>> 0;
  return `${[24, 16, 8, 0].map((s) => (masked >>> s) & 255).join('.')}/${len}`;
});
const ipArb = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((b) => b.join('.'));
const coordArb = fc.oneof(
  fc.integer({ min: -5000, max: 5000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
);
const metricArb = fc.oneof(
  fc.constantFrom(0, 1, 5, 30, 40, 100, 1500),
  fc.double({ min: 0, max: 1e5, noNaN: true, noDefaultInfinity: true }),
);
const percentArb = fc.oneof(fc.constantFrom(0, 0.01, 0.2, 1, 100), fc.double({ min: 0, max: 100, noNaN: true }));
const tagArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/);

const routerBgpArb = fc.record(
  {
    maximumPaths: fc.integer({ min: 1, max: 256 }),
    compareRouterId: fc.boolean(),
    alwaysCompareMed: fc.boolean(),
    deterministicMed: fc.boolean(),
    multipathRelax: fc.boolean(),
    allowasIn: fc.integer({ min: 1, max: 10 }),
    asOverride: fc.boolean(),
  },
  { requiredKeys: [] },
);

const commonArb = fc.record(
  {
    id: idArb,
    name: nameArb,
    location: fc.record({ country: countryArb, city: nameArb }, { requiredKeys: ['country'] }),
    asn: fc.oneof(fc.integer({ min: 64512, max: 65534 }), fc.integer({ min: 1, max: 4294967294 })),
    platform: fc.constantFrom(...PLATFORMS),
    prefixes: fc.array(cidrArb, { maxLength: 3 }),
    position: fc.record({ x: coordArb, y: coordArb }),
    tags: fc.array(tagArb, { maxLength: 3 }),
    routerId: ipArb,
    loopback: ipArb,
    bgp: routerBgpArb,
    notes: fc.string({ maxLength: 40 }),
  },
  { requiredKeys: ['id', 'name', 'location', 'asn', 'position'] },
);

const nodeArb = fc.oneof(
  fc
    .tuple(
      commonArb,
      fc.record(
        {
          role: fc.constantFrom('hq', 'branch', 'datacenter'),
          demandMbps: fc.dictionary(idArb, metricArb, { maxKeys: 3 }),
          transit: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
    )
    .map(([c, s]) => ({ ...c, ...s, kind: 'site' as const })),
  fc
    .tuple(
      commonArb,
      fc.record(
        {
          capacityMbps: metricArb,
          security: fc.subarray([...SECURITY_FUNCTIONS]),
        },
        { requiredKeys: [] },
      ),
    )
    .map(([c, h]) => ({ ...c, ...h, kind: 'hub' as const })),
  fc
    .tuple(
      commonArb,
      fc.record(
        {
          provider: fc.constantFrom('aws', 'azure', 'gcp', 'alibaba', 'oracle', 'other'),
          region: fc.stringMatching(/^[a-z0-9-]{2,12}$/),
          transit: fc.boolean(),
        },
        { requiredKeys: ['provider', 'region'] },
      ),
    )
    .map(([c, x]) => ({ ...c, ...x, kind: 'cloud' as const })),
  fc.tuple(commonArb, fc.record({ service: fc.string({ maxLength: 20 }) }, { requiredKeys: [] })).map(([c, i]) => ({
    ...c,
    ...i,
    kind: 'internet' as const,
  })),
);

const detectionArb = fc.record(
  {
    mechanism: fc.constantFrom(...DETECTION_MECHANISMS),
    bgpKeepaliveS: fc.integer({ min: 0, max: 21845 }),
    bgpHoldS: fc.integer({ min: 0, max: 65535 }),
    bfdIntervalMs: fc.integer({ min: 10, max: 60000 }),
    bfdMultiplier: fc.integer({ min: 2, max: 255 }),
    probeIntervalMs: fc.integer({ min: 10, max: 3600000 }),
    probeFailures: fc.integer({ min: 1, max: 3600 }),
    dpdTimeoutS: fc.integer({ min: 1, max: 3600 }),
  },
  { requiredKeys: [] },
);

function linkArb(nodeIds: readonly string[]) {
  const endArb = nodeIds.length > 0 ? fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...nodeIds) }, idArb) : idArb;
  return fc
    .record(
      {
        id: idArb,
        idStyle: fc.constantFrom('own', 'derived', 'parallel'),
        parallel: fc.integer({ min: 2, max: 40 }),
        name: nameArb,
        source: endArb,
        target: endArb,
        transport: fc.constantFrom('mpls', 'internet', 'cellular', 'cloud-interconnect'),
        encapsulation: fc.constantFrom('none', 'ipsec', 'wireguard'),
        circuit: idArb,
        latencyMs: metricArb,
        jitterMs: metricArb,
        lossPct: percentArb,
        bandwidthMbps: metricArb,
        costPerMonth: metricArb,
        detection: detectionArb,
        addressing: fc.record({ subnet: cidrArb, sourceAddress: ipArb, targetAddress: ipArb }, { requiredKeys: [] }),
      },
      {
        requiredKeys: [
          'id',
          'idStyle',
          'parallel',
          'source',
          'target',
          'transport',
          'latencyMs',
          'jitterMs',
          'lossPct',
          'bandwidthMbps',
          'costPerMonth',
        ],
      },
    )
    .map(({ idStyle, parallel, ...link }) => {
      // The app's id for a new link (state/commands/links.ts), to exercise the derived-id path.
      const short = (id: string) => id.slice(0, 18).replace(/-+$/, '');
      const derived = `${short(link.source)}-${short(link.target)}`.replace(/-+/g, '-').slice(0, 30);
      const id =
        idStyle === 'derived' ? derived : idStyle === 'parallel' ? `${derived.slice(0, 36)}-${parallel}` : link.id;
      return { ...link, id: /^[a-z][a-z0-9-]{0,39}$/.test(id) ? id : link.id };
    });
}

const trafficClassArb = fc.record(
  {
    id: idArb,
    name: nameArb,
    color: fc.stringMatching(/^#[0-9a-fA-F]{6}$/),
    appliesTo: fc.array(
      fc.oneof(
        fc.constant('*'),
        idArb,
        tagArb.map((t) => `tag:${t}`),
      ),
      { maxLength: 3 },
    ),
    match: fc.record(
      {
        applications: fc.array(fc.constantFrom('zoom', 'teams', 'backup', 'crm'), { maxLength: 2 }),
        dscp: fc.array(fc.integer({ min: 0, max: 63 }), { maxLength: 2 }),
        protocol: fc.constantFrom(...PROTOCOLS),
        ports: fc.array(fc.constantFrom('443', '3478-3481', '80'), { maxLength: 2 }),
        sourcePrefixes: fc.array(cidrArb, { maxLength: 2 }),
        destinationPrefixes: fc.array(cidrArb, { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
    sla: fc.record({ maxLatencyMs: metricArb, maxLossPct: percentArb, maxJitterMs: metricArb }, { requiredKeys: [] }),
    strategy: fc.constantFrom(...STRATEGIES),
    preferredHubs: fc.array(idArb, { maxLength: 2 }),
    fallback: fc.constantFrom('follow-bgp', 'best-quality', 'drop'),
    allowedJurisdictions: fc.array(fc.constantFrom('EU', 'US', 'site', 'CN'), { maxLength: 2 }),
    requiredInspection: fc.subarray([...SECURITY_FUNCTIONS]),
    defaultDemandMbps: metricArb,
    destinationWeights: fc.dictionary(idArb, metricArb, { maxKeys: 2 }),
    critical: fc.boolean(),
  },
  { requiredKeys: ['id', 'name', 'color'] },
);

const bgpPolicyArb = fc.record(
  {
    id: idArb,
    name: nameArb,
    router: fc.oneof(
      idArb,
      tagArb.map((t) => `tag:${t}`),
    ),
    neighbor: idArb,
    direction: fc.constantFrom('in', 'out'),
    prefixes: fc.array(cidrArb, { maxLength: 2 }),
    set: fc.record(
      {
        weight: fc.integer({ min: 0, max: 65535 }),
        localPref: fc.integer({ min: 0, max: 4294967295 }),
        med: fc.integer({ min: 0, max: 4294967295 }),
        asPathPrepend: fc.integer({ min: 0, max: 10 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['id', 'router', 'direction', 'set'] },
);

const pbrRuleArb = fc.record(
  {
    id: idArb,
    name: nameArb,
    appliesTo: fc.array(fc.oneof(fc.constant('*'), idArb), { maxLength: 2 }),
    match: fc.record(
      {
        trafficClass: idArb,
        dscp: fc.array(fc.integer({ min: 0, max: 63 }), { maxLength: 2 }),
        protocol: fc.constantFrom(...PROTOCOLS),
        ports: fc.array(fc.constantFrom('443', '8000-8080'), { maxLength: 2 }),
        destinationPrefixes: fc.array(cidrArb, { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
    action: fc.record({ egressHub: idArb, nextHop: idArb, drop: fc.boolean() }, { requiredKeys: [] }),
  },
  { requiredKeys: ['id', 'match', 'action'] },
);

const scenarioArb = fc.record({
  id: idArb,
  name: nameArb,
  failures: fc.array(
    fc.record(
      {
        kind: fc.constantFrom('link', 'node', 'circuit', 'region', 'provider'),
        target: idArb,
        mode: fc.constantFrom('hard', 'silent', 'degrade'),
        addLatencyMs: metricArb,
        addLossPct: percentArb,
      },
      { requiredKeys: ['kind', 'target'] },
    ),
    { maxLength: 3 },
  ),
});

const settingsArb = fc.record(
  {
    bgp: fc.record(
      {
        defaultLocalPref: fc.integer({ min: 0, max: 1000 }),
        maximumPaths: fc.integer({ min: 1, max: 256 }),
        compareRouterId: fc.boolean(),
        alwaysCompareMed: fc.boolean(),
        deterministicMed: fc.boolean(),
        multipathRelax: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    addressing: fc.record({ loopbackPool: cidrArb, linkPool: cidrArb }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

/** Valid designs of up to `maxNodes` nodes. */
export function designArbitrary(maxNodes = 12): fc.Arbitrary<Design> {
  return fc.array(nodeArb, { maxLength: maxNodes }).chain((nodes) =>
    fc
      .record(
        {
          meta: fc.record({ name: nameArb, description: fc.string({ maxLength: 60 }) }, { requiredKeys: ['name'] }),
          settings: settingsArb,
          links: fc.array(linkArb(nodes.map((n) => n.id)), { maxLength: maxNodes * 2 }),
          circuits: fc.array(fc.record({ id: idArb, name: nameArb, node: idArb }, { requiredKeys: ['id', 'name'] }), {
            maxLength: 2,
          }),
          trafficClasses: fc.array(trafficClassArb, { maxLength: 3 }),
          bgpPolicies: fc.array(bgpPolicyArb, { maxLength: 2 }),
          pbrRules: fc.array(pbrRuleArb, { maxLength: 2 }),
          scenarios: fc.array(scenarioArb, { maxLength: 2 }),
        },
        { requiredKeys: ['meta'] },
      )
      .map((rest) =>
        DesignSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, ...rest, nodes } satisfies DesignInput),
      ),
  );
}
