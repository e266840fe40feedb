// The built-in sample: the story users bring (shared/DOMAIN.md). HQ and branches in the US,
// Europe and China; egress hubs in four jurisdictions; AWS us-east-1, Azure westeurope and
// Alibaba cn-beijing; classes for video, backup, dev/test and personal data that may only
// leave through in-country (or in-EU) gateways.
import type { Design } from '../types';
import { DesignBuilder } from './builder';

export function globalEnterprise(): Design {
  const b = new DesignBuilder(
    'Global enterprise egress',
    'US, EU and China sites; hubs in Ashburn, Amsterdam, Frankfurt and Shanghai; AWS, Azure and Alibaba Cloud.',
  );
  // Sites (left column)
  b.site('site-nyc', {
    name: 'New York HQ',
    country: 'US',
    city: 'New York',
    asn: 65101,
    x: 0,
    y: 0,
    role: 'hq',
    prefixes: ['10.1.0.0/16'],
    tags: ['us'],
    demandMbps: { video: 80, backup: 400 },
  });
  b.site('site-dal', {
    name: 'Dallas branch',
    country: 'US',
    city: 'Dallas',
    asn: 65102,
    x: 0,
    y: 180,
    prefixes: ['10.2.0.0/16'],
    tags: ['us'],
  });
  b.site('site-fra', {
    name: 'Frankfurt DC',
    country: 'DE',
    city: 'Frankfurt',
    asn: 65103,
    x: 0,
    y: 360,
    role: 'datacenter',
    prefixes: ['10.3.0.0/16'],
    tags: ['eu'],
    demandMbps: { backup: 600 },
  });
  b.site('site-par', {
    name: 'Paris branch',
    country: 'FR',
    city: 'Paris',
    asn: 65104,
    x: 0,
    y: 540,
    prefixes: ['10.4.0.0/16'],
    tags: ['eu'],
  });
  b.site('site-sha', {
    name: 'Shanghai branch',
    country: 'CN',
    city: 'Shanghai',
    asn: 65105,
    x: 0,
    y: 720,
    prefixes: ['10.5.0.0/16'],
    tags: ['cn'],
  });
  // Egress hubs (middle column)
  b.hub('hub-ash', {
    name: 'Ashburn hub',
    country: 'US',
    city: 'Ashburn',
    asn: 65010,
    x: 420,
    y: 60,
    capacityMbps: 10000,
  });
  b.hub('hub-ams', {
    name: 'Amsterdam hub',
    country: 'NL',
    city: 'Amsterdam',
    asn: 65020,
    x: 420,
    y: 330,
    capacityMbps: 10000,
  });
  b.hub('hub-fra', {
    name: 'Frankfurt hub',
    country: 'DE',
    city: 'Frankfurt',
    asn: 65030,
    x: 420,
    y: 520,
    capacityMbps: 5000,
    security: ['firewall', 'ips'],
  });
  b.hub('hub-sha', {
    name: 'Shanghai hub',
    country: 'CN',
    city: 'Shanghai',
    asn: 65040,
    x: 420,
    y: 720,
    capacityMbps: 2000,
    security: ['firewall'],
  });
  // Destinations (right column)
  b.cloud('aws-use1', {
    name: 'AWS us-east-1',
    country: 'US',
    city: 'N. Virginia',
    asn: 64512,
    x: 840,
    y: 0,
    provider: 'aws',
    region: 'us-east-1',
    prefixes: ['10.100.0.0/16'],
  });
  b.internet('saas-uc', {
    name: 'Zoom / Teams',
    country: 'US',
    asn: 64950,
    x: 840,
    y: 200,
    service: 'Unified communications SaaS',
    prefixes: ['52.112.0.0/14', '170.114.0.0/16'],
  });
  b.cloud('azure-weu', {
    name: 'Azure westeurope',
    country: 'NL',
    city: 'Amsterdam',
    asn: 65515,
    x: 840,
    y: 400,
    provider: 'azure',
    region: 'westeurope',
    prefixes: ['10.110.0.0/16'],
  });
  b.internet('internet', {
    name: 'Internet',
    country: 'US',
    asn: 64900,
    x: 840,
    y: 580,
    service: 'Public internet',
    prefixes: ['0.0.0.0/0'],
  });
  b.cloud('alibaba-bj', {
    name: 'Alibaba cn-beijing',
    country: 'CN',
    city: 'Beijing',
    asn: 64700,
    x: 840,
    y: 760,
    provider: 'alibaba',
    region: 'cn-beijing',
    prefixes: ['10.120.0.0/16'],
  });

  b.circuit('dal-broadband', 'Dallas broadband line', 'site-dal');
  b.circuit('nyc-broadband', 'New York broadband line', 'site-nyc');

  // Site access: a primary and a backup path each; Dallas's two tunnels share one broadband line.
  b.link('nyc-ash-mpls', 'site-nyc', 'hub-ash', 'mpls', {
    latencyMs: 8,
    jitterMs: 1,
    bandwidthMbps: 1000,
    costPerMonth: 4000,
  });
  b.link('nyc-ams-ipsec', 'site-nyc', 'hub-ams', 'internet', {
    encapsulation: 'ipsec',
    circuit: 'nyc-broadband',
    latencyMs: 85,
    jitterMs: 6,
    lossPct: 0.3,
    bandwidthMbps: 500,
    costPerMonth: 300,
  });
  b.link('dal-ash-wg', 'site-dal', 'hub-ash', 'internet', {
    encapsulation: 'wireguard',
    circuit: 'dal-broadband',
    latencyMs: 35,
    jitterMs: 5,
    lossPct: 0.2,
    bandwidthMbps: 300,
    costPerMonth: 150,
  });
  b.link('dal-ams-ipsec', 'site-dal', 'hub-ams', 'internet', {
    encapsulation: 'ipsec',
    circuit: 'dal-broadband',
    latencyMs: 120,
    jitterMs: 9,
    lossPct: 0.4,
    bandwidthMbps: 300,
    costPerMonth: 150,
  });
  b.link('dal-ash-lte', 'site-dal', 'hub-ash', 'cellular', {
    latencyMs: 55,
    jitterMs: 18,
    lossPct: 1.2,
    bandwidthMbps: 50,
    costPerMonth: 90,
  });
  b.link('fra-fra-mpls', 'site-fra', 'hub-fra', 'mpls', {
    latencyMs: 3,
    jitterMs: 1,
    bandwidthMbps: 1000,
    costPerMonth: 3000,
  });
  b.link('fra-ams-ipsec', 'site-fra', 'hub-ams', 'internet', {
    encapsulation: 'ipsec',
    latencyMs: 12,
    jitterMs: 3,
    bandwidthMbps: 1000,
    costPerMonth: 400,
  });
  b.link('par-ams-ipsec', 'site-par', 'hub-ams', 'internet', {
    encapsulation: 'ipsec',
    latencyMs: 10,
    jitterMs: 3,
    bandwidthMbps: 500,
    costPerMonth: 250,
  });
  b.link('par-fra-ipsec', 'site-par', 'hub-fra', 'internet', {
    encapsulation: 'ipsec',
    latencyMs: 12,
    jitterMs: 3,
    bandwidthMbps: 500,
    costPerMonth: 250,
  });
  b.link('sha-sha-mpls', 'site-sha', 'hub-sha', 'mpls', {
    latencyMs: 6,
    jitterMs: 1,
    bandwidthMbps: 200,
    costPerMonth: 2500,
  });
  b.link('sha-ams-ipsec', 'site-sha', 'hub-ams', 'internet', {
    encapsulation: 'ipsec',
    latencyMs: 230,
    jitterMs: 25,
    lossPct: 1.5,
    bandwidthMbps: 100,
    costPerMonth: 200,
  });
  // Hub backbone
  b.link('ash-ams-backbone', 'hub-ash', 'hub-ams', 'mpls', {
    latencyMs: 75,
    jitterMs: 2,
    bandwidthMbps: 10000,
    costPerMonth: 12000,
  });
  b.link('ams-fra-backbone', 'hub-ams', 'hub-fra', 'mpls', {
    latencyMs: 8,
    jitterMs: 1,
    bandwidthMbps: 10000,
    costPerMonth: 5000,
  });
  // Clouds: direct peering where the hub has it, IPsec over the internet as the backup.
  b.link('ash-aws-dx', 'hub-ash', 'aws-use1', 'cloud-interconnect', {
    latencyMs: 2,
    bandwidthMbps: 10000,
    costPerMonth: 6000,
  });
  b.link('ams-aws-ipsec', 'hub-ams', 'aws-use1', 'internet', {
    encapsulation: 'ipsec',
    latencyMs: 80,
    jitterMs: 4,
    lossPct: 0.1,
    bandwidthMbps: 1250,
    costPerMonth: 500,
  });
  b.link('ams-azure-er', 'hub-ams', 'azure-weu', 'cloud-interconnect', {
    latencyMs: 2,
    bandwidthMbps: 10000,
    costPerMonth: 5500,
  });
  b.link('fra-azure-ipsec', 'hub-fra', 'azure-weu', 'internet', {
    encapsulation: 'ipsec',
    latencyMs: 9,
    jitterMs: 2,
    lossPct: 0.1,
    bandwidthMbps: 1250,
    costPerMonth: 400,
  });
  b.link('sha-ali-ec', 'hub-sha', 'alibaba-bj', 'cloud-interconnect', {
    latencyMs: 25,
    bandwidthMbps: 1000,
    costPerMonth: 3000,
  });
  // Internet and SaaS breakout at the hubs
  b.link('ash-saas', 'hub-ash', 'saas-uc', 'internet', {
    latencyMs: 5,
    jitterMs: 1,
    bandwidthMbps: 10000,
    costPerMonth: 2000,
  });
  b.link('ams-saas', 'hub-ams', 'saas-uc', 'internet', {
    latencyMs: 6,
    jitterMs: 1,
    bandwidthMbps: 10000,
    costPerMonth: 2000,
  });
  b.link('fra-saas', 'hub-fra', 'saas-uc', 'internet', {
    latencyMs: 6,
    jitterMs: 1,
    bandwidthMbps: 5000,
    costPerMonth: 1500,
  });
  b.link('ash-inet', 'hub-ash', 'internet', 'internet', {
    latencyMs: 4,
    jitterMs: 1,
    bandwidthMbps: 10000,
    costPerMonth: 2000,
  });
  b.link('ams-inet', 'hub-ams', 'internet', 'internet', {
    latencyMs: 4,
    jitterMs: 1,
    bandwidthMbps: 10000,
    costPerMonth: 2000,
  });
  b.link('fra-inet', 'hub-fra', 'internet', 'internet', {
    latencyMs: 4,
    jitterMs: 1,
    bandwidthMbps: 5000,
    costPerMonth: 1500,
  });
  b.link('sha-inet', 'hub-sha', 'internet', 'internet', {
    latencyMs: 30,
    jitterMs: 5,
    lossPct: 0.5,
    bandwidthMbps: 1000,
    costPerMonth: 1200,
  });

  b.trafficClass({
    id: 'video',
    name: 'Video conferencing',
    color: '#2563eb',
    match: {
      applications: ['zoom', 'teams'],
      dscp: [46],
      protocol: 'udp',
      ports: ['3478-3481', '8801-8810'],
      sourcePrefixes: [],
      destinationPrefixes: ['52.112.0.0/14', '170.114.0.0/16'],
    },
    sla: { maxLatencyMs: 150, maxLossPct: 1, maxJitterMs: 30 },
    strategy: 'best-quality',
    fallback: 'best-quality',
    requiredInspection: ['firewall'],
    defaultDemandMbps: 20,
  });
  b.trafficClass({
    id: 'backup',
    name: 'Backup to S3',
    color: '#16a34a',
    match: {
      applications: ['backup'],
      dscp: [8],
      protocol: 'tcp',
      ports: ['443'],
      sourcePrefixes: [],
      destinationPrefixes: ['10.100.0.0/16'],
    },
    sla: { maxLossPct: 2 },
    strategy: 'lowest-cost-sla',
    fallback: 'follow-bgp',
    defaultDemandMbps: 100,
  });
  b.trafficClass({
    id: 'devtest',
    name: 'Dev/test',
    color: '#a855f7',
    match: {
      applications: [],
      dscp: [0],
      protocol: 'any',
      ports: [],
      sourcePrefixes: [],
      destinationPrefixes: ['10.100.0.0/16', '10.110.0.0/16'],
    },
    strategy: 'lowest-cost-sla',
    fallback: 'follow-bgp',
    defaultDemandMbps: 10,
  });
  b.trafficClass({
    id: 'pii-us',
    name: 'Personal data (US)',
    color: '#dc2626',
    appliesTo: ['tag:us'],
    match: {
      applications: ['crm'],
      dscp: [18],
      protocol: 'tcp',
      ports: ['443'],
      sourcePrefixes: [],
      destinationPrefixes: ['10.100.0.0/16'],
    },
    strategy: 'follow-bgp',
    fallback: 'drop',
    allowedJurisdictions: ['site'],
    requiredInspection: ['firewall', 'ips'],
    defaultDemandMbps: 5,
    critical: true,
  });
  b.trafficClass({
    id: 'pii-eu',
    name: 'Personal data (EU)',
    color: '#ea580c',
    appliesTo: ['tag:eu'],
    match: {
      applications: ['crm'],
      dscp: [18],
      protocol: 'tcp',
      ports: ['443'],
      sourcePrefixes: [],
      destinationPrefixes: ['10.110.0.0/16'],
    },
    strategy: 'follow-bgp',
    fallback: 'drop',
    allowedJurisdictions: ['EU'],
    requiredInspection: ['firewall', 'ips'],
    defaultDemandMbps: 5,
    critical: true,
  });

  // Each site prefers its regional hub; Amsterdam prepends toward the US so it is the backup there.
  b.bgpPolicy({
    id: 'nyc-prefer-ash',
    name: 'New York prefers Ashburn',
    router: 'site-nyc',
    neighbor: 'hub-ash',
    direction: 'in',
    set: { localPref: 200 },
  });
  b.bgpPolicy({
    id: 'dal-prefer-ash',
    name: 'Dallas prefers Ashburn',
    router: 'site-dal',
    neighbor: 'hub-ash',
    direction: 'in',
    set: { localPref: 200 },
  });
  b.bgpPolicy({
    id: 'fra-prefer-fra',
    name: 'Frankfurt prefers its hub',
    router: 'site-fra',
    neighbor: 'hub-fra',
    direction: 'in',
    set: { localPref: 200 },
  });
  b.bgpPolicy({
    id: 'sha-prefer-sha',
    name: 'Shanghai prefers its hub',
    router: 'site-sha',
    neighbor: 'hub-sha',
    direction: 'in',
    set: { localPref: 200 },
  });
  b.bgpPolicy({
    id: 'ams-backup-for-us',
    name: 'Amsterdam is the US backup',
    router: 'hub-ams',
    neighbor: 'tag:us',
    direction: 'out',
    set: { asPathPrepend: 2 },
  });

  b.pbrRule({
    id: 'china-cloud-local',
    name: 'Alibaba traffic stays in China',
    appliesTo: ['site-sha'],
    match: { destinationPrefixes: ['10.120.0.0/16'] },
    action: { egressHub: 'hub-sha' },
  });

  b.scenario({
    id: 'ashburn-down',
    name: 'Ashburn hub down',
    failures: [{ kind: 'node', target: 'hub-ash', mode: 'hard' }],
  });
  b.scenario({
    id: 'dallas-broadband-cut',
    name: 'Dallas broadband cut',
    failures: [{ kind: 'circuit', target: 'dal-broadband', mode: 'hard' }],
  });
  b.scenario({
    id: 'transatlantic-brownout',
    name: 'Transatlantic brownout',
    failures: [{ kind: 'link', target: 'ash-ams-backbone', mode: 'degrade', addLatencyMs: 80, addLossPct: 2 }],
  });
  return b.build();
}
