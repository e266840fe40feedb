// Generated designs of any size, deterministic from their parameters: the benchmark's inputs
// and the property tests' playground. Sites are dual-homed to hubs, hubs are meshed, clouds
// hang off a few hubs each, every hub breaks out to the internet.

import type { Strategy } from '../model/enums';
import { DesignBuilder } from '../model/samples/builder';
import type { Design } from '../model/types';

export interface SyntheticSize {
  sites: number;
  hubs: number;
  clouds: number;
  classes: number;
}

const COUNTRIES = ['US', 'DE', 'FR', 'NL', 'GB', 'SG', 'JP', 'CN'];
const STRATEGIES: Strategy[] = ['follow-bgp', 'best-quality', 'lowest-cost-sla', 'load-balance-sla', 'manual'];

/** A small deterministic PRNG (mulberry32), so generated designs are reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticDesign(size: SyntheticSize, seed = 1): Design {
  const rnd = random(seed);
  const b = new DesignBuilder(`Synthetic ${size.sites}x${size.hubs}x${size.clouds}x${size.classes}`);
  for (let h = 0; h < size.hubs; h++) {
    b.hub(`hub-${h}`, {
      name: `Hub ${h}`,
      country: COUNTRIES[h % COUNTRIES.length]!,
      asn: 65000 + h,
      x: 400,
      y: h * 100,
      security: h % 3 === 0 ? ['firewall'] : ['firewall', 'ips', 'swg'],
      capacityMbps: 20000,
    });
  }
  for (let c = 0; c < size.clouds; c++) {
    b.cloud(`cloud-${c}`, {
      name: `Cloud ${c}`,
      country: COUNTRIES[c % COUNTRIES.length]!,
      asn: 64512 + c,
      x: 800,
      y: c * 100,
      provider: (['aws', 'azure', 'gcp', 'oracle', 'alibaba'] as const)[c % 5]!,
      region: `region-${c}`,
      prefixes: [`10.${200 + (c % 50)}.${Math.floor(c / 50)}.0/24`],
    });
  }
  b.internet('internet', { name: 'Internet', country: 'US', asn: 64900, x: 800, y: -100, prefixes: ['0.0.0.0/0'] });
  for (let s = 0; s < size.sites; s++) {
    const country = COUNTRIES[s % COUNTRIES.length]!;
    b.site(`site-${s}`, {
      name: `Site ${s}`,
      country,
      asn: 4200000000 + s,
      x: 0,
      y: s * 50,
      prefixes: [`10.${Math.floor(s / 250)}.${s % 250}.0/24`],
      tags: [country.toLowerCase()],
    });
    const primary = s % size.hubs;
    const secondary = (s + 1 + Math.floor(s / size.hubs)) % size.hubs;
    b.link(`s${s}-h${primary}`, `site-${s}`, `hub-${primary}`, 'mpls', {
      latencyMs: 5 + Math.round(rnd() * 30),
      bandwidthMbps: 200,
      costPerMonth: 1000 + Math.round(rnd() * 1000),
    });
    if (secondary !== primary) {
      b.link(`s${s}-h${secondary}`, `site-${s}`, `hub-${secondary}`, 'internet', {
        encapsulation: 'ipsec',
        circuit: `bb-${s}`,
        latencyMs: 20 + Math.round(rnd() * 60),
        lossPct: Math.round(rnd() * 10) / 10,
        bandwidthMbps: 100,
        costPerMonth: 100 + Math.round(rnd() * 200),
      });
      b.circuit(`bb-${s}`, `Site ${s} broadband`, `site-${s}`);
    }
  }
  for (let h = 0; h < size.hubs; h++) {
    for (let k = h + 1; k < size.hubs; k++) {
      b.link(`h${h}-h${k}`, `hub-${h}`, `hub-${k}`, 'mpls', {
        latencyMs: 10 + Math.round(rnd() * 80),
        bandwidthMbps: 10000,
        costPerMonth: 5000,
      });
    }
    b.link(`h${h}-inet`, `hub-${h}`, 'internet', 'internet', {
      latencyMs: 3,
      bandwidthMbps: 10000,
      costPerMonth: 1000,
    });
  }
  for (let c = 0; c < size.clouds; c++) {
    for (const h of [c % size.hubs, (c + 3) % size.hubs]) {
      b.link(`c${c}-h${h}`, `hub-${h}`, `cloud-${c}`, 'cloud-interconnect', {
        latencyMs: 2 + Math.round(rnd() * 10),
        bandwidthMbps: 10000,
        costPerMonth: 4000,
      });
    }
  }
  for (let k = 0; k < size.classes; k++) {
    const cloud = k % Math.max(1, size.clouds);
    b.trafficClass({
      id: `class-${k}`,
      name: `Class ${k}`,
      color: '#2563eb',
      strategy: STRATEGIES[k % STRATEGIES.length]!,
      fallback: k % 2 === 0 ? 'follow-bgp' : 'best-quality',
      preferredHubs: ['hub-1', 'hub-0'].filter((h) => Number(h.slice(4)) < size.hubs),
      sla: k % 2 === 0 ? { maxLatencyMs: 150, maxLossPct: 1 } : {},
      match:
        size.clouds > 0
          ? {
              applications: [],
              dscp: [],
              protocol: 'any',
              ports: [],
              sourcePrefixes: [],
              destinationPrefixes: k % 4 === 3 ? [] : [`10.${200 + (cloud % 50)}.0.0/16`],
            }
          : undefined,
      allowedJurisdictions: k === 5 ? ['site'] : [],
      requiredInspection: k === 6 ? ['ips'] : [],
      defaultDemandMbps: 1 + k,
    });
  }
  b.bgpPolicy({ id: 'prefer-mpls', router: 'tag:us', direction: 'in', set: { localPref: 150 }, neighbor: 'hub-0' });
  return b.build();
}
