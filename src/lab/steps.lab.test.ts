// One small design per best-path step on real FRR: FRR must report the step the design isolates
// (so the design proves what it claims), pick the expected path and ECMP set, and agree with the
// engine everywhere. Designs run four at a time: most of a lab's time is waiting for sessions.
import { beforeAll, describe, expect, it } from 'vitest';
import { STEP_DESIGNS, type StepDesign } from './designs';
import type { LabReport } from './report-types';
import { runAndRecord } from './suite-support';
import { inBatches } from './topology';

const reports = new Map<string, LabReport>();

beforeAll(async () => {
  await inBatches(STEP_DESIGNS, 4, async (s: StepDesign) => {
    reports.set(s.id, await runAndRecord(`step-${s.id}`, s.design, { fastTimers: true, scenarios: [] }));
  });
});

describe('best-path steps on FRR', () => {
  for (const s of STEP_DESIGNS) {
    it(`${s.id}: FRR decides on "${s.step}" and the engine agrees`, () => {
      const report = reports.get(s.id);
      expect(report?.error).toBeUndefined();
      const focus = report?.baseline.find((c) => c.router === s.focus.router && c.prefix === s.focus.prefix);
      expect(focus?.observed).toMatchObject({
        best: s.focus.best,
        ecmp: [...s.focus.ecmp].sort(),
        selectionReason: s.step,
      });
      expect(focus?.expected).toMatchObject({ best: s.focus.best, ecmp: [...s.focus.ecmp].sort() });
      expect(focus?.expected?.possibleReasons).toContain(s.step);
      const differing = (report?.baseline ?? [])
        .filter((c) => c.problems.length > 0)
        .map((c) => `${c.router} ${c.prefix}: ${c.problems.join(',')}`);
      expect(differing).toEqual([]);
      expect(report?.summary.ok).toBe(true);
    });
  }
});
