import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../model/samples/builder';
import { failureTargets, nftDropRuleset } from './faults';

function design() {
  const b = new DesignBuilder('Faults');
  b.site('s', { name: 'S', country: 'US', asn: 65101, x: 0, y: 0 });
  b.hub('h', { name: 'H', country: 'US', asn: 65010, x: 0, y: 0 });
  b.cloud('aws', { name: 'AWS', country: 'US', asn: 64512, x: 0, y: 0, provider: 'aws', region: 'us-east-1' });
  b.cloud('az', { name: 'Azure', country: 'NL', asn: 65515, x: 0, y: 0, provider: 'azure', region: 'westeurope' });
  b.circuit('c1', 'Shared fibre');
  b.link('s-h1', 's', 'h', 'mpls', { circuit: 'c1' });
  b.link('s-h2', 's', 'h', 'internet', { circuit: 'c1' });
  b.link('h-aws', 'h', 'aws', 'cloud-interconnect');
  b.link('h-az', 'h', 'az', 'cloud-interconnect');
  return b.build();
}

describe('failureTargets', () => {
  const d = design();
  it('resolves each failure kind to the links and nodes it takes down', () => {
    expect(failureTargets(d, { kind: 'link', target: 'h-aws', mode: 'hard' })).toEqual({ links: ['h-aws'], nodes: [] });
    expect(failureTargets(d, { kind: 'circuit', target: 'c1', mode: 'hard' })).toEqual({
      links: ['s-h1', 's-h2'],
      nodes: [],
    });
    expect(failureTargets(d, { kind: 'node', target: 'h', mode: 'silent' })).toEqual({ links: [], nodes: ['h'] });
    expect(failureTargets(d, { kind: 'provider', target: 'azure', mode: 'hard' })).toEqual({
      links: [],
      nodes: ['az'],
    });
    expect(failureTargets(d, { kind: 'region', target: 'aws:us-east-1', mode: 'hard' })).toEqual({
      links: [],
      nodes: ['aws'],
    });
  });

  it('matches nothing for an unknown target (the lab then refuses the scenario)', () => {
    expect(failureTargets(d, { kind: 'link', target: 'nope', mode: 'hard' })).toEqual({ links: [], nodes: [] });
  });
});

describe('nftDropRuleset', () => {
  it('drops input, output and forwarded packets on exactly the given interfaces', () => {
    const rules = nftDropRuleset('egress_fault_1', ['eth0', 'wg1']);
    expect(rules).toContain('table inet egress_fault_1 {');
    expect(rules).toContain('type filter hook input priority -10; policy accept; iifname { "eth0", "wg1" } drop;');
    expect(rules).toContain('type filter hook output priority -10; policy accept; oifname { "eth0", "wg1" } drop;');
    expect(rules).toMatch(/hook forward .* iifname \{ "eth0", "wg1" \} drop; oifname \{ "eth0", "wg1" \} drop;/);
  });
});
