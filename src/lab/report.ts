// Prints a LabReport: a readable table for people, JSON for pipelines. Pure.
import type { RouteCheck } from './compare';
import type { ConvergenceMeasurement } from './convergence';
import type { LabReport } from './report-types';
import { describeWalk } from './walk';

export function formatJson(report: LabReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function formatTable(report: LabReport): string {
  const out: string[] = [];
  const s = report.summary;
  out.push(
    `Lab: ${report.design} — ${report.routers} FRR routers, ${report.links} links, ${report.timers === 'fast' ? 'fast timers (BGP 1/3 s, BFD 100 ms x 3)' : "the design's timers"}`,
  );
  const t = report.timings;
  out.push(
    `built in ${t.buildS.toFixed(1)} s, Established after ${t.establishedS.toFixed(1)} s, stable after ${t.stableS.toFixed(1)} s; total ${t.totalS.toFixed(1)} s`,
  );
  if (report.error) out.push('', `LAB ERROR: ${report.error}`);

  const baselineBad = report.baseline.filter((c) => c.problems.length > 0);
  out.push('', `Baseline: ${report.baseline.length - baselineBad.length} of ${report.baseline.length} routes match`);
  out.push(...mismatchLines(baselineBad));

  for (const scenario of report.scenarios) {
    const bad = scenario.checks.filter((c) => c.problems.length > 0);
    out.push(
      '',
      `Failure: ${scenario.name} — ${scenario.checks.length - bad.length} of ${scenario.checks.length} routes match after ${scenario.settledS.toFixed(1)} s${scenario.restored ? '' : ' — NOT RESTORED'}`,
    );
    if (scenario.error) out.push(`  error: ${scenario.error}`);
    out.push(...mismatchLines(bad));
    if (scenario.convergence.length > 0) out.push(...convergenceLines(scenario.convergence));
    else out.push('  no site changes path (nothing to time)');
  }

  out.push(
    '',
    `Summary: ${s.routesChecked} routes checked, ${s.pathMismatches} path mismatches, ${s.reasonMismatches} selection-reason mismatches; convergence ${s.convergenceInRange} in range, ${s.convergenceOutOfRange} out of range, ${s.convergenceNotReached} not reached, of ${s.convergenceMeasured + s.convergenceNotReached} timed`,
    s.ok ? 'RESULT: FRR agrees with the engine' : 'RESULT: FAILED',
  );
  return `${out.join('\n')}\n`;
}

function mismatchLines(checks: readonly RouteCheck[]): string[] {
  return checks.map((c) => {
    const e = c.expected;
    const o = c.observed;
    const engine = e
      ? `best ${e.best}, ECMP [${e.ecmp.join(', ')}], reasons {${e.possibleReasons.join(', ')}}`
      : 'no route';
    const frr = o
      ? `best ${o.best}, ECMP [${o.ecmp.join(', ')}], reason "${o.selectionReason ?? '?'}" (${o.candidates} paths)`
      : 'no route';
    return `  MISMATCH ${c.router} ${c.prefix} (${c.problems.join(', ')}): engine ${engine} | FRR ${frr}`;
  });
}

function convergenceLines(items: readonly ConvergenceMeasurement[]): string[] {
  const rows = items.map((c) => [
    `${c.site} ${c.prefix}`,
    describeWalk(c.predictedAfter),
    describeWalk(c.observedAfter),
    c.measuredS === null ? 'not reached' : `${c.measuredS.toFixed(2)} s ±${c.resolutionS.toFixed(2)}`,
    c.predicted
      ? `${c.predicted.totalS.toFixed(2)} s [${c.predicted.minS.toFixed(2)}-${c.predicted.maxS.toFixed(2)}] ${c.predicted.detection}`
      : 'no prediction',
    c.inRange === null ? '' : c.inRange ? 'in range' : 'OUT OF RANGE',
  ]);
  return table(['site prefix', 'engine path after', 'FRR path after', 'measured', 'predicted', ''], rows);
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `  ${cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()}`;
  return [line(header), ...rows.map(line)];
}
