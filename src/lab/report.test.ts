import { describe, expect, it } from 'vitest';
import type { RouteCheck } from './compare';
import type { ConvergenceMeasurement } from './convergence';
import { summarize } from './lab';
import { formatJson, formatTable } from './report';
import type { LabReport } from './report-types';

const P = '10.100.0.0/16';
const good: RouteCheck = {
  router: 'site-a',
  prefix: P,
  expected: {
    best: 'hub-1 via a-hub',
    ecmp: ['hub-1 via a-hub'],
    possibleReasons: ['First path received'],
    arrivalOrderDependent: false,
  },
  observed: {
    best: 'hub-1 via a-hub',
    ecmp: ['hub-1 via a-hub'],
    selectionReason: 'First path received',
    candidates: 1,
  },
  problems: [],
};
const bad: RouteCheck = {
  ...good,
  router: 'site-b',
  observed: { best: 'hub-2 via b-hub2', ecmp: ['hub-2 via b-hub2'], selectionReason: 'Router ID', candidates: 2 },
  problems: ['best', 'ecmp', 'reason'],
};
const move: ConvergenceMeasurement = {
  site: 'site-a',
  prefix: P,
  before: { nodes: ['site-a', 'hub-1', 'aws'], links: ['a-hub', 'hub-aws'], outcome: 'delivered' },
  predictedAfter: { nodes: ['site-a', 'hub-2', 'aws'], links: ['a-hub2', 'hub2-aws'], outcome: 'delivered' },
  observedAfter: { nodes: ['site-a', 'hub-2', 'aws'], links: ['a-hub2', 'hub2-aws'], outcome: 'delivered' },
  predicted: { minS: 0.06, maxS: 0.4, totalS: 0.17, detection: 'interface-down', flows: ['site-a|default|aws'] },
  measuredS: 0.09,
  inRange: true,
  resolutionS: 0.01,
};

function report(baseline: RouteCheck[], convergence: ConvergenceMeasurement[] = [move]): LabReport {
  const r: LabReport = {
    design: 'Test',
    timers: 'fast',
    routers: 3,
    links: 2,
    timings: { buildS: 1, establishedS: 2, stableS: 1, totalS: 9 },
    baseline,
    scenarios: [
      {
        name: 'link a-hub down',
        failures: [{ kind: 'link', target: 'a-hub', mode: 'hard' }],
        checks: [good],
        convergence,
        settledS: 1.2,
        restored: true,
      },
    ],
    summary: summarize({ baseline: [], scenarios: [] } as unknown as LabReport),
  };
  r.summary = summarize(r);
  return r;
}

describe('formatTable', () => {
  it('shows a mismatch with both sides', () => {
    const text = formatTable(report([good, bad]));
    expect(text).toContain('Baseline: 1 of 2 routes match');
    expect(text).toContain(
      'MISMATCH site-b 10.100.0.0/16 (best, ecmp, reason): engine best hub-1 via a-hub, ECMP [hub-1 via a-hub], reasons {First path received} | FRR best hub-2 via b-hub2, ECMP [hub-2 via b-hub2], reason "Router ID" (2 paths)',
    );
    expect(text).toContain('RESULT: FAILED');
  });

  it('shows measured against predicted convergence for every timed move', () => {
    const text = formatTable(report([good]));
    expect(text).toMatch(
      /site-a 10\.100\.0\.0\/16 +site-a -> hub-2 -> aws +site-a -> hub-2 -> aws +0\.09 s ±0\.01 +0\.17 s \[0\.06-0\.40\] interface-down +in range/,
    );
    expect(text).toContain('RESULT: FRR agrees with the engine');
  });

  it('marks convergence outside the range and moves FRR never made, without failing the run', () => {
    const slow = { ...move, measuredS: 2.5, inRange: false };
    const never = { ...move, prefix: '10.200.0.0/16', measuredS: null, inRange: null };
    const r = report([good], [slow, never]);
    const text = formatTable(r);
    expect(text).toContain('OUT OF RANGE');
    expect(text).toContain('not reached');
    expect(r.summary).toMatchObject({ convergenceOutOfRange: 1, convergenceNotReached: 1, ok: true });
  });

  it('leads with a lab error when the lab could not be built', () => {
    const r = report([]);
    r.error = 'FRR rejected the config of hub-1';
    r.summary = summarize(r);
    expect(formatTable(r)).toContain('LAB ERROR: FRR rejected the config of hub-1');
    expect(r.summary.ok).toBe(false);
  });
});

describe('summarize', () => {
  it('fails on path mismatches after a failure, and on scenarios that did not restore', () => {
    const r = report([good]);
    r.scenarios[0]!.checks = [bad];
    expect(summarize(r)).toMatchObject({ pathMismatches: 1, ok: false });
    const unrestored = report([good]);
    unrestored.scenarios[0]!.restored = false;
    expect(summarize(unrestored).ok).toBe(false);
  });

  it('counts reason mismatches only in the baseline, and nothing checked is not a pass', () => {
    const reasonOnly: RouteCheck = { ...good, problems: ['reason'] };
    expect(summarize(report([reasonOnly]))).toMatchObject({ reasonMismatches: 1, pathMismatches: 0, ok: false });
    const empty = report([]);
    empty.scenarios = [];
    expect(summarize(empty).ok).toBe(false);
  });
});

describe('formatJson', () => {
  it('round-trips the report', () => {
    const r = report([good, bad]);
    expect(JSON.parse(formatJson(r))).toEqual(JSON.parse(JSON.stringify(r)));
  });
});
