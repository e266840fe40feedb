import { describe, expect, it } from 'vitest';
import type { Routes, RouteView } from './compare';
import { describeWalk, sameWalk, walk } from './walk';

const r = (best: string): RouteView => ({ best, ecmp: [best] });
const P = '10.100.0.0/16';

describe('walk', () => {
  const routes: Routes<RouteView> = {
    site: { [P]: r('hub via site-hub') },
    hub: { [P]: r('aws via hub-aws') },
    aws: { [P]: r('local') },
  };

  it('follows best next hops to the originating router', () => {
    const w = walk(routes, 'site', P);
    expect(w).toEqual({ nodes: ['site', 'hub', 'aws'], links: ['site-hub', 'hub-aws'], outcome: 'delivered' });
    expect(describeWalk(w)).toBe('site -> hub -> aws');
  });

  it('stops where a router has no route', () => {
    const w = walk({ ...routes, hub: {} }, 'site', P);
    expect(w.outcome).toBe('no-route');
    expect(describeWalk(w)).toBe('site -> hub (no-route)');
  });

  it('detects a forwarding loop instead of walking forever', () => {
    const loop = { a: { [P]: r('b via ab') }, b: { [P]: r('a via ab') } };
    expect(walk(loop, 'a', P)).toMatchObject({ nodes: ['a', 'b', 'a'], outcome: 'loop' });
  });

  it('treats an unknown next hop (an address outside the plan) as no route', () => {
    expect(walk({ a: { [P]: r('? 192.0.2.1') } }, 'a', P).outcome).toBe('no-route');
  });

  it('compares walks by nodes, links and outcome', () => {
    const a = walk(routes, 'site', P);
    expect(sameWalk(a, walk(routes, 'site', P))).toBe(true);
    expect(sameWalk(a, walk({ ...routes, aws: {} }, 'site', P))).toBe(false);
  });
});
