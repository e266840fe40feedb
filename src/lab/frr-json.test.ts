import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareIpv4, FrrJsonError, parseBgpTable, parseNeighbors } from './frr-json';

// Captured from FRR 8.4.4 in the lab (peer-address-ecmp design, router r).
const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as unknown;

describe('parseBgpTable', () => {
  const table = parseBgpTable(fixture('frr84-bgp-table-ecmp.json'));

  it('reads a locally originated prefix as next hop 0.0.0.0 with weight 32768', () => {
    const local = table['10.1.0.0/16'];
    expect(local?.best).toMatchObject({ nextHop: '0.0.0.0', peer: null, weight: 32768, asPath: '' });
    expect(local?.selectionReason).toBe('First path received');
  });

  it('takes the ECMP set from the best path plus every multipath member (FRR flags only the others)', () => {
    const dest = table['10.100.0.0/16'];
    expect(dest?.best?.nextHop).toBe('10.254.0.1');
    expect(dest?.selectionReason).toBe('Neighbor IP');
    expect(dest?.ecmpNextHops).toEqual(['10.254.0.1', '10.254.9.1']);
    expect(dest?.paths).toHaveLength(2);
    expect(dest?.paths[0]).toMatchObject({ asPath: '65010 64512', med: null, localPref: null, multipath: true });
  });

  it('gives an empty ECMP set when no path is selected', () => {
    const t = parseBgpTable({
      routes: { '10.9.0.0/16': [{ valid: false, peerId: '10.0.0.1', nexthops: [{ ip: '10.0.0.1', used: true }] }] },
    });
    expect(t['10.9.0.0/16']).toMatchObject({ best: null, ecmpNextHops: [], selectionReason: null });
  });

  it('treats a router without `router bgp` (no routes key) as an empty table', () => {
    expect(parseBgpTable({})).toEqual({});
  });

  it('rejects documents that are not FRR tables with a message naming the problem', () => {
    expect(() => parseBgpTable([])).toThrow(FrrJsonError);
    expect(() => parseBgpTable({ routes: [] })).toThrow(/"routes"/);
    expect(() => parseBgpTable({ routes: { '10.0.0.0/8': {} } })).toThrow(/10\.0\.0\.0\/8/);
  });
});

describe('parseNeighbors', () => {
  it('reads state, remote AS and the up time of each session', () => {
    const neighbors = parseNeighbors(fixture('frr84-neighbors.json'));
    expect(neighbors['10.254.0.1']).toEqual({
      address: '10.254.0.1',
      state: 'Established',
      remoteAs: 65010,
      upMs: 4000,
    });
    expect(Object.keys(neighbors)).toHaveLength(2);
  });

  it('defaults what a down session does not report', () => {
    expect(parseNeighbors({ '10.0.0.1': { bgpState: 'Active' } })['10.0.0.1']).toEqual({
      address: '10.0.0.1',
      state: 'Active',
      remoteAs: null,
      upMs: 0,
    });
    expect(() => parseNeighbors('nope')).toThrow(FrrJsonError);
  });
});

describe('compareIpv4', () => {
  it('orders numerically, not as text', () => {
    expect(['10.0.0.10', '10.0.0.9', '9.0.0.1'].sort(compareIpv4)).toEqual(['9.0.0.1', '10.0.0.9', '10.0.0.10']);
  });
});
