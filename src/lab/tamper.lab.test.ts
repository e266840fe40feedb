// The check can fail: hand the lab a deliberately wrong prediction and it must report the
// difference with both sides and fail; a wrong convergence range is reported and counted but is
// not a failure.
import { describe, expect, it } from 'vitest';
import type { EngineResult, ScenarioResult } from '../engine/types';
import { enginePredictor, type Predictor } from './predictor';
import { formatTable } from './report';
import { loadSample, runAndRecord } from './suite-support';

const PREFIX = '10.100.0.0/16';

/** The engine's own prediction, except site-a is told to reach AWS straight over hub-aws. */
const tampered: Predictor = {
  baseline(design, timers) {
    const result: EngineResult = structuredClone(enginePredictor.baseline(design, timers));
    const entry = result.ribs['site-a']?.[PREFIX];
    if (!entry?.best) throw new Error('the engine no longer predicts site-a -> 10.100.0.0/16: update this test');
    const wrong = { ...entry.best, fromNode: 'aws', viaLink: 'hub-aws' };
    entry.best = wrong;
    entry.ecmp = [wrong];
    return result;
  },
  scenario(design, failures, timers) {
    const scenario: ScenarioResult = structuredClone(enginePredictor.scenario(design, failures, timers));
    // Claim a convergence FRR cannot possibly meet.
    for (const c of scenario.convergence) c.range = { minS: 50, maxS: 60 };
    return scenario;
  },
};

describe('a wrong prediction', () => {
  it('fails the lab and shows the engine side next to the FRR side', async () => {
    const design = loadSample('hub-and-spoke.json');
    const report = await runAndRecord('tampered', design, {
      fastTimers: true,
      scenarios: [[{ kind: 'link', target: 'hub-aws', mode: 'hard' }]],
      predictor: tampered,
    });
    expect(report.error).toBeUndefined();
    expect(report.summary.ok).toBe(false);
    // Exactly the tampered route differs; the failure scenario itself still matches.
    expect(report.summary.pathMismatches).toBe(1);
    const bad = report.baseline.filter((c) => c.problems.length > 0);
    expect(bad.map((c) => [c.router, c.prefix, c.problems])).toEqual([['site-a', PREFIX, ['best', 'ecmp']]]);
    expect(formatTable(report)).toMatch(
      /MISMATCH site-a 10\.100\.0\.0\/16 \(best, ecmp\): engine best aws via hub-aws, .* \| FRR best hub-1 via a-hub/,
    );
    // The impossible convergence range is counted as out of range, not as a path mismatch.
    expect(report.summary.convergenceOutOfRange).toBeGreaterThan(0);
    expect(report.summary.convergenceInRange).toBe(0);
  });
});
