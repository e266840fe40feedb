import { describe, expect, it } from 'vitest';
import type { RibEntry, RouteCandidate } from '../engine/types';
import { planAddresses } from '../model/addressing';
import { hubAndSpoke } from '../model/samples/templates';
import {
  compareRoutes,
  type ExpectedRoute,
  expectedRoutes,
  nextHopIndex,
  type ObservedRoute,
  observedRoutes,
  parseNextHop,
  pathMismatches,
} from './compare';
import { parseBgpTable } from './frr-json';

const P = '10.100.0.0/16';

function candidate(fromNode: string, viaLink: string | null): RouteCandidate {
  return {
    prefix: P,
    fromNode,
    viaLink,
    peerAddress: '0.0.0.0',
    peerRouterId: '0.0.0.0',
    asPath: [],
    localPref: 100,
    med: null,
    weight: 0,
    origin: 'igp',
    ebgp: true,
    locallyOriginated: viaLink === null,
  };
}

function entry(best: RouteCandidate, ecmp: RouteCandidate[], reasons: RibEntry['possibleReasons']): RibEntry {
  return {
    best,
    ecmp,
    candidates: ecmp,
    rivals: [],
    possibleReasons: reasons,
    arrivalOrderDependent: false,
  };
}

const expected = (best: string, ecmp: string[], reasons: string[]): ExpectedRoute => ({
  best,
  ecmp,
  possibleReasons: reasons,
  arrivalOrderDependent: false,
});
const observed = (best: string, ecmp: string[], reason: string | null): ObservedRoute => ({
  best,
  ecmp,
  selectionReason: reason,
  candidates: ecmp.length,
});

describe('expectedRoutes', () => {
  it('names next hops by neighbour and link, sorts the ECMP set and keeps the best in it', () => {
    const a = candidate('hub-a', 'l1');
    const b = candidate('hub-b', 'l2');
    const routes = expectedRoutes({ site: { [P]: entry(b, [b, a], ['Router ID']) } }, ['site', 'other']);
    expect(routes.site?.[P]).toEqual(expected('hub-b via l2', ['hub-a via l1', 'hub-b via l2'], ['Router ID']));
    expect(routes.other).toEqual({});
  });

  it('calls a locally originated prefix `local` and skips entries without a best path', () => {
    const local = candidate('site', null);
    const routes = expectedRoutes(
      {
        site: {
          [P]: entry(local, [local], ['First path received']),
          '10.9.0.0/16': { ...entry(local, [], []), best: null },
        },
      },
      ['site'],
    );
    expect(routes.site?.[P]?.best).toBe('local');
    expect(routes.site?.['10.9.0.0/16']).toBeUndefined();
  });
});

describe('nextHopIndex and observedRoutes', () => {
  const design = hubAndSpoke();
  const plan = planAddresses(design);
  const index = nextHopIndex(design, plan);

  it('maps the far end of every link to `<neighbour> via <link>` at each end', () => {
    const aHub = plan.links['a-hub']!;
    expect(index['site-a']?.[aHub.targetAddress]).toBe('hub-1 via a-hub');
    expect(index['hub-1']?.[aHub.sourceAddress]).toBe('site-a via a-hub');
  });

  it('turns FRR next-hop addresses into the same keys; unknown ones stay visible', () => {
    const aHub = plan.links['a-hub']!;
    const table = parseBgpTable({
      routes: {
        [P]: [
          {
            valid: true,
            bestpath: true,
            selectionReason: 'First path received',
            nexthops: [{ ip: aHub.targetAddress, used: true }],
          },
        ],
        '10.1.0.0/16': [{ valid: true, bestpath: true, nexthops: [{ ip: '0.0.0.0', used: true }] }],
        '10.7.0.0/16': [{ valid: true, bestpath: true, nexthops: [{ ip: '192.0.2.7', used: true }] }],
      },
    });
    const routes = observedRoutes({ 'site-a': table }, index);
    expect(routes['site-a']?.[P]).toEqual(observed('hub-1 via a-hub', ['hub-1 via a-hub'], 'First path received'));
    expect(routes['site-a']?.['10.1.0.0/16']?.best).toBe('local');
    expect(routes['site-a']?.['10.7.0.0/16']?.best).toBe('? 192.0.2.7');
  });
});

describe('compareRoutes', () => {
  const want = { r: { [P]: expected('h1 via l1', ['h1 via l1', 'h2 via l2'], ['Router ID', 'MED']) } };

  it('finds nothing wrong when best, ECMP set and reason agree', () => {
    const checks = compareRoutes(want, { r: { [P]: observed('h1 via l1', ['h1 via l1', 'h2 via l2'], 'MED') } });
    expect(checks).toHaveLength(1);
    expect(checks[0]?.problems).toEqual([]);
  });

  it('reports a different best path, ECMP set and a reason the engine did not allow', () => {
    const checks = compareRoutes(want, { r: { [P]: observed('h2 via l2', ['h2 via l2'], 'AS Path') } });
    expect(checks[0]?.problems).toEqual(['best', 'ecmp', 'reason']);
    expect(pathMismatches(checks)).toHaveLength(1);
  });

  it('ignores reasons when told to, and pathMismatches ignores reason-only problems', () => {
    const got = { r: { [P]: observed('h1 via l1', ['h1 via l1', 'h2 via l2'], 'Weight') } };
    expect(compareRoutes(want, got, { checkReasons: false })[0]?.problems).toEqual([]);
    const strict = compareRoutes(want, got);
    expect(strict[0]?.problems).toEqual(['reason']);
    expect(pathMismatches(strict)).toEqual([]);
  });

  it('reports routes only one side has', () => {
    const checks = compareRoutes(
      { r: { [P]: want.r[P] } },
      { r: { '10.5.0.0/16': observed('local', ['local'], 'First path received') } },
    );
    expect(checks.map((c) => [c.prefix, c.problems])).toEqual([
      ['10.100.0.0/16', ['missing-in-frr']],
      ['10.5.0.0/16', ['unexpected-in-frr']],
    ]);
  });

  it('only compares routers the engine has an opinion on (failed routers are left out)', () => {
    expect(compareRoutes({}, { r: { [P]: observed('local', ['local'], null) } })).toEqual([]);
  });
});

describe('parseNextHop', () => {
  it('splits a key into neighbour and link', () => {
    expect(parseNextHop('hub-1 via a-hub')).toEqual({ node: 'hub-1', link: 'a-hub' });
    expect(parseNextHop('local')).toBeNull();
  });
});
