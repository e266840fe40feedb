// Every sample design on real FRR with fast timers: baseline paths, ECMP sets and selection
// reasons equal the engine's; hard failure of every link and node of the smallest sample and of
// a chosen set in the others; silent loss with and without BFD. Convergence outside the
// predicted range is printed and recorded, not failed (timing is noisy on a shared machine).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Failure } from '../model/types';
import { defaultScenarios } from './lab';
import type { LabReport } from './report-types';
import { loadSample, runAndRecord, SAMPLE_DIR } from './suite-support';

const hard = (kind: Failure['kind'], target: string): Failure[] => [{ kind, target, mode: 'hard' }];
const silent = (kind: Failure['kind'], target: string): Failure[] => [{ kind, target, mode: 'silent' }];

/** Per sample: the failures to run. Links watched by BFD and links watched only by the BGP hold
 * timer both appear among the silent ones. */
const SCENARIOS: Record<string, (design: ReturnType<typeof loadSample>) => Failure[][]> = {
  // The smallest sample: every link and every node, hard; then silent loss with BFD (c-hub) and
  // without (a-hub: IPsec DPD, the lab's hold timer of 3 s decides).
  'hub-and-spoke.json': (d) => [
    ...defaultScenarios(d).filter((f) => f[0]?.kind === 'link'),
    ...d.nodes.map((n) => hard('node', n.id)),
    silent('link', 'c-hub'),
    silent('link', 'a-hub'),
  ],
  'dual-hub.json': () => [
    hard('link', 'a-east'),
    hard('link', 'east-aws'),
    hard('node', 'hub-east'),
    silent('link', 'a-east'),
    silent('link', 'a-west'),
  ],
  'full-mesh.json': () => [
    hard('link', 'ny-us'),
    hard('link', 'us-eu'),
    hard('node', 'hub-us'),
    silent('link', 'ber-eu'),
  ],
  'sample.json': () => [
    hard('link', 'nyc-ash-mpls'),
    hard('link', 'ash-ams-backbone'),
    hard('node', 'hub-ams'),
    silent('link', 'fra-fra-mpls'),
  ],
};

const samples = readdirSync(SAMPLE_DIR)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .sort();

function expectAgreement(report: LabReport) {
  expect(report.error).toBeUndefined();
  const differing = [...report.baseline, ...report.scenarios.flatMap((s) => s.checks)]
    .filter((c) => c.problems.length > 0)
    .map((c) => `${c.router} ${c.prefix}: ${c.problems.join(',')}`);
  expect(differing).toEqual([]);
  for (const s of report.scenarios) {
    expect(s.error, s.name).toBeUndefined();
    expect(s.restored, s.name).toBe(true);
    // Every predicted move happened in FRR within the bound (its timing is reported, not judged).
    expect(
      s.convergence.filter((c) => c.measuredS === null).map((c) => `${c.site} ${c.prefix}`),
      s.name,
    ).toEqual([]);
  }
  expect(report.summary.ok).toBe(true);
}

describe('sample designs on FRR', () => {
  it('covers every sample design', () => {
    expect(samples.length).toBeGreaterThanOrEqual(4);
    for (const file of samples) expect(Object.keys(SCENARIOS), `add scenarios for ${file}`).toContain(file);
  });

  for (const file of samples) {
    it(`${file}: baseline and failures match the engine`, async () => {
      const design = loadSample(file);
      const scenarios = SCENARIOS[file]?.(design) ?? [];
      const report = await runAndRecord(file.replace(/\.json$/, ''), design, { fastTimers: true, scenarios });
      expect(report.scenarios).toHaveLength(scenarios.length);
      expectAgreement(report);
      // The baseline really compared something at every router.
      expect(new Set(report.baseline.map((c) => c.router)).size).toBe(design.nodes.length);
    });
  }
});
