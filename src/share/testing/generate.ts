// Deterministic designs of any size, shaped like the ones users draw: sites in many countries,
// each dual-homed to two egress hubs (MPLS + IPsec over broadband), hubs in a ring, every hub
// connected to each cloud region and the internet, a few hand-tuned link metrics and classes.
// Used by the link-length benchmark and by tests that need a design bigger than the samples.
import { uniqueId } from '../../model/ids';
import { DesignBuilder } from '../../model/samples/builder';
import type { Design } from '../../model/types';

const CITIES: readonly [string, string][] = [
  ['New York', 'US'],
  ['Dallas', 'US'],
  ['Chicago', 'US'],
  ['Seattle', 'US'],
  ['Atlanta', 'US'],
  ['Toronto', 'CA'],
  ['Mexico City', 'MX'],
  ['Sao Paulo', 'BR'],
  ['London', 'GB'],
  ['Manchester', 'GB'],
  ['Paris', 'FR'],
  ['Lyon', 'FR'],
  ['Frankfurt', 'DE'],
  ['Munich', 'DE'],
  ['Berlin', 'DE'],
  ['Amsterdam', 'NL'],
  ['Madrid', 'ES'],
  ['Milan', 'IT'],
  ['Stockholm', 'SE'],
  ['Warsaw', 'PL'],
  ['Zurich', 'CH'],
  ['Dublin', 'IE'],
  ['Shanghai', 'CN'],
  ['Beijing', 'CN'],
  ['Shenzhen', 'CN'],
  ['Tokyo', 'JP'],
  ['Osaka', 'JP'],
  ['Seoul', 'KR'],
  ['Singapore', 'SG'],
  ['Sydney', 'AU'],
  ['Mumbai', 'IN'],
  ['Bangalore', 'IN'],
  ['Dubai', 'AE'],
  ['Johannesburg', 'ZA'],
];

const HUB_CITIES: readonly [string, string, string][] = [
  ['ash', 'Ashburn', 'US'],
  ['ams', 'Amsterdam', 'NL'],
  ['fra', 'Frankfurt', 'DE'],
  ['sin', 'Singapore', 'SG'],
  ['sha', 'Shanghai', 'CN'],
  ['dal', 'Dallas', 'US'],
  ['lon', 'London', 'GB'],
  ['tok', 'Tokyo', 'JP'],
];

/** A small seeded PRNG (mulberry32), so every run builds the same design. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A design with exactly `nodeCount` nodes (at least 8). */
export function generateDesign(nodeCount: number, seed = 1): Design {
  const rnd = random(seed);
  const count = Math.max(8, Math.floor(nodeCount));
  const hubCount = Math.min(HUB_CITIES.length, Math.max(2, Math.round(count / 20)));
  const clouds = [
    { id: 'aws-use1', name: 'AWS us-east-1', provider: 'aws', region: 'us-east-1', country: 'US' },
    { id: 'azure-weu', name: 'Azure westeurope', provider: 'azure', region: 'westeurope', country: 'NL' },
    { id: 'ali-bj', name: 'Alibaba cn-beijing', provider: 'alibaba', region: 'cn-beijing', country: 'CN' },
  ] as const;
  const siteCount = count - hubCount - clouds.length - 1;
  const b = new DesignBuilder(`Generated ${count}-node design`, 'Generated for link-length and round-trip tests.');

  const hubs = HUB_CITIES.slice(0, hubCount).map(([code, city, country], i) => {
    const id = `hub-${code}`;
    b.hub(id, { name: `${city} hub`, country, city, asn: 65010 + i * 10, x: 600, y: i * 240 });
    return id;
  });
  clouds.forEach((c, i) => {
    b.cloud(c.id, {
      name: c.name,
      country: c.country,
      asn: 64512 + i,
      x: 1200,
      y: i * 240,
      provider: c.provider,
      region: c.region,
      prefixes: [`10.${200 + i}.0.0/16`],
    });
  });
  b.internet('internet', { name: 'Internet', country: 'US', asn: 64900, x: 1200, y: 720, prefixes: ['0.0.0.0/0'] });

  // Link ids as the app gives them when the user connects two nodes (state/commands/links.ts).
  const taken = new Set<string>();
  const shortId = (id: string) => id.slice(0, 18).replace(/-+$/, '');
  const linkId = (a: string, z: string) => {
    const id = uniqueId(`${shortId(a)}-${shortId(z)}`, taken);
    taken.add(id);
    return id;
  };
  const seen = new Map<string, number>();
  for (let i = 0; i < siteCount; i++) {
    const [city, country] = CITIES[i % CITIES.length]!;
    const n = (seen.get(city) ?? 0) + 1;
    seen.set(city, n);
    const slug = city.toLowerCase().replace(/[^a-z]+/g, '-');
    const id = n === 1 ? `site-${slug}` : `site-${slug}-${n}`;
    b.site(id, {
      name: n === 1 ? `${city} office` : `${city} office ${n}`,
      country,
      city,
      asn: 65100 + i,
      x: 0,
      y: i * 120,
      prefixes: [`10.${Math.floor(i / 256)}.${i % 256}.0/24`],
      role: i === 0 ? 'hq' : 'branch',
    });
    const primary = hubs[i % hubs.length]!;
    const secondary = hubs[(i + 1) % hubs.length]!;
    // One link in five carries measured figures instead of the transport's defaults.
    const tuned =
      rnd() < 0.2 ? { latencyMs: Math.round(5 + rnd() * 150), costPerMonth: Math.round(rnd() * 40) * 50 } : {};
    b.link(linkId(id, primary), id, primary, 'mpls', tuned);
    b.link(linkId(id, secondary), id, secondary, 'internet', { encapsulation: 'ipsec' });
  }
  hubs.forEach((hub, i) => {
    if (hubs.length > 2 || i === 0)
      b.link(linkId(hub, hubs[(i + 1) % hubs.length]!), hub, hubs[(i + 1) % hubs.length]!, 'mpls');
    for (const c of clouds) b.link(linkId(hub, c.id), hub, c.id, 'cloud-interconnect');
    b.link(linkId(hub, 'internet'), hub, 'internet', 'internet');
  });
  b.trafficClass({ id: 'default', name: 'All traffic', color: '#2563eb', defaultDemandMbps: 10 });
  b.trafficClass({
    id: 'video',
    name: 'Video conferencing',
    color: '#f59e0b',
    strategy: 'best-quality',
    sla: { maxLatencyMs: 150, maxLossPct: 1, maxJitterMs: 30 },
    match: { applications: ['zoom', 'teams'] },
    defaultDemandMbps: 5,
  });
  b.trafficClass({
    id: 'backup',
    name: 'Backup',
    color: '#16a34a',
    strategy: 'lowest-cost-sla',
    match: { applications: ['backup'], destinationPrefixes: ['10.200.0.0/16'] },
    defaultDemandMbps: 50,
  });
  b.scenario({
    id: 'first-hub-down',
    name: 'First hub down',
    failures: [{ kind: 'node', target: hubs[0]!, mode: 'hard' }],
  });
  return b.build();
}
