// Starting points for a new design: small, readable, each showing one topology shape.
import type { Design } from '../types';
import { DesignBuilder } from './builder';

export function hubAndSpoke(): Design {
  const b = new DesignBuilder('Hub and spoke', 'Three branches egress through one hub to AWS and the internet.');
  b.site('site-a', { name: 'Branch A', country: 'US', asn: 65101, x: 0, y: 0, prefixes: ['10.1.0.0/16'] });
  b.site('site-b', { name: 'Branch B', country: 'US', asn: 65102, x: 0, y: 180, prefixes: ['10.2.0.0/16'] });
  b.site('site-c', { name: 'Branch C', country: 'US', asn: 65103, x: 0, y: 360, prefixes: ['10.3.0.0/16'] });
  b.hub('hub-1', { name: 'Egress hub', country: 'US', asn: 65010, x: 400, y: 180 });
  b.cloud('aws', {
    name: 'AWS us-east-1',
    country: 'US',
    asn: 64512,
    x: 800,
    y: 80,
    provider: 'aws',
    region: 'us-east-1',
    prefixes: ['10.100.0.0/16'],
  });
  b.internet('internet', { name: 'Internet', country: 'US', asn: 64900, x: 800, y: 300, prefixes: ['0.0.0.0/0'] });
  b.link('a-hub', 'site-a', 'hub-1', 'internet', { encapsulation: 'ipsec' });
  b.link('b-hub', 'site-b', 'hub-1', 'internet', { encapsulation: 'ipsec' });
  b.link('c-hub', 'site-c', 'hub-1', 'mpls');
  b.link('hub-aws', 'hub-1', 'aws', 'cloud-interconnect');
  b.link('hub-inet', 'hub-1', 'internet', 'internet');
  b.trafficClass({ id: 'default', name: 'All traffic', color: '#2563eb', defaultDemandMbps: 20 });
  return b.build();
}

export function dualHub(): Design {
  const b = new DesignBuilder('Dual hub', 'Four sites, each dual-homed to two hubs; the second hub is the backup.');
  const sites = ['a', 'b', 'c', 'd'];
  sites.forEach((s, i) => {
    b.site(`site-${s}`, {
      name: `Site ${s.toUpperCase()}`,
      country: 'US',
      asn: 65101 + i,
      x: 0,
      y: i * 170,
      prefixes: [`10.${i + 1}.0.0/16`],
    });
  });
  b.hub('hub-east', { name: 'East hub', country: 'US', asn: 65010, x: 420, y: 80 });
  b.hub('hub-west', { name: 'West hub', country: 'US', asn: 65020, x: 420, y: 420 });
  b.cloud('aws', {
    name: 'AWS us-east-1',
    country: 'US',
    asn: 64512,
    x: 840,
    y: 0,
    provider: 'aws',
    region: 'us-east-1',
    prefixes: ['10.100.0.0/16'],
  });
  b.cloud('gcp', {
    name: 'GCP us-west1',
    country: 'US',
    asn: 64513,
    x: 840,
    y: 250,
    provider: 'gcp',
    region: 'us-west1',
    prefixes: ['10.130.0.0/16'],
  });
  b.internet('internet', { name: 'Internet', country: 'US', asn: 64900, x: 840, y: 500, prefixes: ['0.0.0.0/0'] });
  sites.forEach((s) => {
    b.link(`${s}-east`, `site-${s}`, 'hub-east', 'mpls');
    b.link(`${s}-west`, `site-${s}`, 'hub-west', 'internet', { encapsulation: 'ipsec' });
  });
  b.link('east-aws', 'hub-east', 'aws', 'cloud-interconnect');
  b.link('west-aws', 'hub-west', 'aws', 'internet', { encapsulation: 'ipsec' });
  b.link('east-gcp', 'hub-east', 'gcp', 'internet', { encapsulation: 'ipsec' });
  b.link('west-gcp', 'hub-west', 'gcp', 'cloud-interconnect');
  b.link('east-inet', 'hub-east', 'internet', 'internet');
  b.link('west-inet', 'hub-west', 'internet', 'internet');
  b.trafficClass({ id: 'default', name: 'All traffic', color: '#2563eb', defaultDemandMbps: 20 });
  b.trafficClass({
    id: 'video',
    name: 'Video',
    color: '#f59e0b',
    strategy: 'best-quality',
    sla: { maxLatencyMs: 150, maxLossPct: 1, maxJitterMs: 30 },
    defaultDemandMbps: 10,
  });
  return b.build();
}

export function fullMesh(): Design {
  const b = new DesignBuilder('Full mesh', 'Every site connects to every hub; hubs are meshed with each other.');
  const hubs = [
    { id: 'hub-us', name: 'US hub', country: 'US', asn: 65010 },
    { id: 'hub-eu', name: 'EU hub', country: 'DE', asn: 65020 },
    { id: 'hub-ap', name: 'APAC hub', country: 'SG', asn: 65030 },
  ];
  const sites = [
    { id: 'site-ny', name: 'New York', country: 'US' },
    { id: 'site-ber', name: 'Berlin', country: 'DE' },
    { id: 'site-sg', name: 'Singapore', country: 'SG' },
    { id: 'site-tok', name: 'Tokyo', country: 'JP' },
  ];
  sites.forEach((s, i) => {
    b.site(s.id, { ...s, asn: 65101 + i, x: 0, y: i * 170, prefixes: [`10.${i + 1}.0.0/16`] });
  });
  hubs.forEach((h, i) => {
    b.hub(h.id, { ...h, x: 420, y: 40 + i * 220 });
  });
  b.internet('internet', { name: 'Internet', country: 'US', asn: 64900, x: 840, y: 260, prefixes: ['0.0.0.0/0'] });
  for (const s of sites)
    for (const h of hubs)
      b.link(`${s.id.slice(5)}-${h.id.slice(4)}`, s.id, h.id, 'internet', { encapsulation: 'wireguard' });
  b.link('us-eu', 'hub-us', 'hub-eu', 'mpls');
  b.link('eu-ap', 'hub-eu', 'hub-ap', 'mpls');
  b.link('us-ap', 'hub-us', 'hub-ap', 'mpls');
  for (const h of hubs) b.link(`${h.id.slice(4)}-inet`, h.id, 'internet', 'internet');
  b.trafficClass({
    id: 'default',
    name: 'All traffic',
    color: '#2563eb',
    strategy: 'best-quality',
    defaultDemandMbps: 20,
  });
  return b.build();
}

export function emptyDesign(): Design {
  return new DesignBuilder('Untitled design').build();
}
