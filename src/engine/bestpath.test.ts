// One test per step of FRR's decision, each with two paths that differ only at that step.
import { describe, expect, it } from 'vitest';
import { compareRoutes, multipath, selectBest, stepName } from './bestpath';
import type { Route } from './route';
import type { EffectiveBgp } from './types';

const cfg: EffectiveBgp = {
  asn: 65000,
  routerId: '10.255.0.1',
  defaultLocalPref: 100,
  maximumPaths: 4,
  compareRouterId: true,
  alwaysCompareMed: false,
  deterministicMed: false,
  multipathRelax: false,
  allowasIn: null,
  asOverride: false,
  givesTransit: true,
};

function route(over: Partial<Route> = {}): Route {
  const asPath = over.asPath ?? [65001, 64512];
  return {
    prefix: 0,
    weight: 0,
    localPref: 100,
    med: null,
    asPath,
    fromNode: 1,
    link: 1,
    ebgp: true,
    local: false,
    peerRouterId: 100,
    peerAddress: 1000,
    ...over,
  };
}

/** The step at which `winner` beats `loser`, checked both ways round. */
function decided(winner: Route, loser: Route, config: EffectiveBgp = cfg): string {
  const forward = compareRoutes(winner, loser, config);
  const backward = compareRoutes(loser, winner, config);
  expect(forward).toBeGreaterThan(0);
  expect(backward).toBe(-forward);
  return stepName(forward);
}

describe('best-path steps in FRR order', () => {
  it('Weight: higher wins', () => {
    expect(decided(route({ weight: 100 }), route({ weight: 0, link: 2 }))).toBe('Weight');
  });
  it('Local Pref: higher wins', () => {
    expect(decided(route({ localPref: 200 }), route({ link: 2 }))).toBe('Local Pref');
  });
  it('Local Route: a locally originated path beats a received one', () => {
    expect(decided(route({ local: true, asPath: [] }), route({ asPath: [], link: 2 }))).toBe('Local Route');
  });
  it('AS Path: shorter wins (prepends count)', () => {
    expect(decided(route(), route({ asPath: [65001, 65001, 64512], link: 2 }))).toBe('AS Path');
  });
  it('MED: lower wins between paths from the same neighbour AS', () => {
    expect(decided(route({ med: 10 }), route({ med: 50, link: 2 }))).toBe('MED');
  });
  it('MED: a missing MED counts as 0', () => {
    expect(decided(route({ med: null }), route({ med: 5, link: 2 }))).toBe('MED');
  });
  it('MED is not compared across neighbour ASes unless always-compare-med', () => {
    const low = route({ med: 10, asPath: [65002, 64512], peerRouterId: 200, link: 2 });
    const high = route({ med: 50, asPath: [65001, 64512], peerRouterId: 100 });
    expect(decided(high, low)).toBe('Router ID');
    expect(decided(low, high, { ...cfg, alwaysCompareMed: true })).toBe('MED');
  });
  it('Peer Type: eBGP beats iBGP', () => {
    expect(decided(route({ ebgp: true }), route({ ebgp: false, link: 2 }))).toBe('Peer Type');
  });
  it('Router ID: lower wins with compare-routerid', () => {
    expect(decided(route({ peerRouterId: 5 }), route({ peerRouterId: 9, link: 2 }))).toBe('Router ID');
  });
  it('Older Path: without compare-routerid two eBGP paths tie on arrival order', () => {
    const off = { ...cfg, compareRouterId: false };
    expect(decided(route({ peerRouterId: 5 }), route({ peerRouterId: 9, link: 2 }), off)).toBe('Older Path');
  });
  it('Router ID is compared for iBGP paths even without compare-routerid', () => {
    const off = { ...cfg, compareRouterId: false };
    expect(
      decided(route({ ebgp: false, peerRouterId: 5 }), route({ ebgp: false, peerRouterId: 9, link: 2 }), off),
    ).toBe('Router ID');
  });
  it('Neighbor IP: the lower peer address wins (FRR code, not its docs)', () => {
    expect(decided(route({ peerAddress: 10 }), route({ peerAddress: 20, link: 2 }))).toBe('Neighbor IP');
  });
  it('Nothing left to compare: identical paths fall back to link order', () => {
    expect(decided(route({ link: 1 }), route({ link: 2 }))).toBe('Nothing left to compare');
  });
});

describe('deterministic-med', () => {
  // Sequentially (R1, R2, R3): R1 beats R2 on router-id, then R3 beats R1 on MED → R3.
  // Grouped by neighbour AS first: AS1's best is R3, which loses to R2 on router-id → R2.
  const r1 = route({ asPath: [1, 9], med: 50, peerRouterId: 1, link: 1 });
  const r2 = route({ asPath: [2, 9], med: 0, peerRouterId: 2, link: 2 });
  const r3 = route({ asPath: [1, 9], med: 10, peerRouterId: 3, link: 3 });
  it('without it, the answer depends on the order paths are compared in', () => {
    expect(selectBest([r1, r2, r3], cfg)).toBe(r3);
  });
  it('with it, paths are grouped by neighbour AS first', () => {
    expect(selectBest([r1, r2, r3], { ...cfg, deterministicMed: true })).toBe(r2);
  });
});

describe('multipath', () => {
  const a = route({ peerRouterId: 1, peerAddress: 1, link: 1 });
  const sameAs = route({ peerRouterId: 2, peerAddress: 2, link: 2 });
  const otherAs = route({ asPath: [65002, 64512], peerRouterId: 3, peerAddress: 3, link: 3 });
  it('eBGP paths from the same neighbour AS are equal', () => {
    expect(multipath(a, [a, sameAs, otherAs], cfg)).toEqual([a, sameAs]);
  });
  it('other neighbour ASes join only with multipath-relax', () => {
    expect(multipath(a, [a, otherAs], cfg)).toEqual([a]);
    expect(multipath(a, [a, otherAs], { ...cfg, multipathRelax: true })).toEqual([a, otherAs]);
  });
  it('maximum-paths caps the set (1 = no ECMP)', () => {
    expect(multipath(a, [a, sameAs], { ...cfg, maximumPaths: 1 })).toEqual([a]);
    expect(multipath(a, [a, sameAs, otherAs], { ...cfg, multipathRelax: true, maximumPaths: 2 })).toHaveLength(2);
  });
  it('iBGP paths need identical AS paths', () => {
    const i1 = route({ ebgp: false, peerRouterId: 1, link: 1 });
    const i2 = route({ ebgp: false, peerRouterId: 2, link: 2 });
    const i3 = route({ ebgp: false, asPath: [65009, 64512], peerRouterId: 3, link: 3 });
    expect(multipath(i1, [i1, i2, i3], cfg)).toEqual([i1, i2]);
  });
});
