// Field parsers built once from the document schema, so the inspector checks exactly what a
// loaded file is checked against, with the same messages.
import {
  AddressingSettingsSchema,
  BgpSettingsSchema,
  CidrSchema,
  CloudNodeSchema,
  CountryCodeSchema,
  DesignLinkSchema,
  DetectionSchema,
  HubNodeSchema,
  InternetNodeSchema,
  Ipv4AddressSchema,
  LocationSchema,
  MetaSchema,
  RouterBgpSchema,
  SiteNodeSchema,
} from '../../model';
import { parseList, parseNumber, parseOptionalNumber, parseOptionalText, parseWith } from './parse';

const node = SiteNodeSchema.shape;
const link = DesignLinkSchema.shape;
const detection = DetectionSchema.shape;
const routerBgp = RouterBgpSchema.shape;
const bgp = BgpSettingsSchema.shape;

const TAG = node.tags.unwrap().element;

export const P = {
  name: (s: string) => parseWith(node.name, s),
  optionalName: (s: string) => parseOptionalText(s, node.name),
  country: (s: string) => parseWith(CountryCodeSchema, s),
  city: (s: string) => parseOptionalText(s, LocationSchema.shape.city.unwrap()),
  asn: (s: string) => parseNumber(s, node.asn),
  prefixes: (s: string) => parseList(s, CidrSchema),
  tags: (s: string) => parseList(s, TAG),
  ipv4: (s: string) => parseOptionalText(s, Ipv4AddressSchema),
  cidr: (s: string) => parseOptionalText(s, CidrSchema),
  notes: (s: string) => parseOptionalText(s, node.notes.unwrap()),
  capacity: (s: string) => parseNumber(s, HubNodeSchema.shape.capacityMbps.unwrap()),
  region: (s: string) => parseWith(CloudNodeSchema.shape.region, s),
  service: (s: string) => parseOptionalText(s, InternetNodeSchema.shape.service.unwrap()),
  demand: (s: string) => parseOptionalNumber(s, node.demandMbps.unwrap().valueType),
  maximumPaths: (s: string) => parseOptionalNumber(s, routerBgp.maximumPaths.unwrap()),
  allowasIn: (s: string) => parseOptionalNumber(s, routerBgp.allowasIn.unwrap()),
  latency: (s: string) => parseNumber(s, link.latencyMs),
  jitter: (s: string) => parseNumber(s, link.jitterMs),
  loss: (s: string) => parseNumber(s, link.lossPct),
  bandwidth: (s: string) => parseNumber(s, link.bandwidthMbps),
  cost: (s: string) => parseNumber(s, link.costPerMonth),
  bgpKeepalive: (s: string) => parseNumber(s, detection.bgpKeepaliveS.unwrap()),
  bgpHold: (s: string) => parseNumber(s, detection.bgpHoldS.unwrap()),
  bfdInterval: (s: string) => parseNumber(s, detection.bfdIntervalMs.unwrap()),
  bfdMultiplier: (s: string) => parseNumber(s, detection.bfdMultiplier.unwrap()),
  probeInterval: (s: string) => parseNumber(s, detection.probeIntervalMs.unwrap()),
  probeFailures: (s: string) => parseNumber(s, detection.probeFailures.unwrap()),
  dpdTimeout: (s: string) => parseNumber(s, detection.dpdTimeoutS.unwrap()),
  description: (s: string) => parseWith(MetaSchema.shape.description.unwrap(), s),
  localPref: (s: string) => parseNumber(s, bgp.defaultLocalPref.unwrap()),
  designMaximumPaths: (s: string) => parseNumber(s, bgp.maximumPaths.unwrap()),
  pool: (s: string) => parseWith(AddressingSettingsSchema.shape.loopbackPool.unwrap(), s),
} as const;

export const F = {
  text: (v: string) => v,
  optionalText: (v: string | undefined) => v ?? '',
  number: (v: number) => String(v),
  optionalNumber: (v: number | undefined) => (v === undefined ? '' : String(v)),
  list: (v: readonly string[]) => v.join('\n'),
  tags: (v: readonly string[]) => v.join(', '),
} as const;
