import { describe, expect, it } from 'vitest';
import { planAddresses } from './addressing';
import { DesignBuilder } from './samples/builder';
import { globalEnterprise } from './samples/global-enterprise';

function twoRouters() {
  return new DesignBuilder('t')
    .site('a', { name: 'A', country: 'US', asn: 65001, x: 0, y: 0 })
    .hub('b', { name: 'B', country: 'US', asn: 65002, x: 0, y: 0 })
    .link('ab', 'a', 'b', 'mpls')
    .link('ab2', 'a', 'b', 'internet');
}

describe('addressing plan', () => {
  it('gives every router a unique loopback and every link a unique /31', () => {
    const plan = planAddresses(globalEnterprise());
    const loopbacks = Object.values(plan.routers).map((r) => r.loopback);
    expect(new Set(loopbacks).size).toBe(loopbacks.length);
    const ends = Object.values(plan.links).flatMap((l) => [l.sourceAddress, l.targetAddress]);
    expect(new Set(ends).size).toBe(ends.length);
    expect(plan.problems).toEqual([]);
  });

  it('allocates in document order from the pools', () => {
    const plan = planAddresses(twoRouters().build());
    expect(plan.routers.a).toEqual({ loopback: '10.255.0.1', routerId: '10.255.0.1' });
    expect(plan.links.ab).toMatchObject({
      subnet: '10.254.0.0/31',
      sourceAddress: '10.254.0.0',
      targetAddress: '10.254.0.1',
    });
    expect(plan.links.ab2).toMatchObject({ sourceAddress: '10.254.0.2' });
  });

  it('honours overrides and never hands a pinned address out again', () => {
    const design = twoRouters().build();
    design.nodes[1]!.loopback = '10.255.0.1';
    design.links[1]!.addressing = { subnet: '10.254.0.0/30' };
    const plan = planAddresses(design);
    expect(plan.routers.b?.loopback).toBe('10.255.0.1');
    expect(plan.routers.a?.loopback).toBe('10.255.0.2');
    expect(plan.links.ab2).toMatchObject({ sourceAddress: '10.254.0.1', targetAddress: '10.254.0.2' });
    expect(plan.links.ab?.sourceAddress).toBe('10.254.0.4');
  });

  it('reports an override outside its subnet and a duplicate pin', () => {
    const design = twoRouters().build();
    design.links[0]!.addressing = { subnet: '10.9.0.0/31', sourceAddress: '10.9.1.1' };
    design.nodes[0]!.loopback = '10.1.1.1';
    design.nodes[1]!.loopback = '10.1.1.1';
    const messages = planAddresses(design).problems.map((p) => p.message);
    expect(messages.some((m) => m.includes('not inside'))).toBe(true);
    expect(messages.some((m) => m.includes('used twice'))).toBe(true);
  });
});
