// `egress lab`, top-down: predict with the engine, build the design as FRR routers, wait for
// Established and stable tables, compare every router's best path, ECMP set and selection
// reason with the prediction, then for each failure scenario inject it, measure convergence,
// compare where traffic goes with the engine's failover prediction, undo it and check the lab
// is back to its baseline before the next one. One lab serves every scenario; teardown always runs.
import type { EngineResult, TimerProfile } from '../engine/types';
import { planAddresses } from '../model/addressing';
import type { Design, Failure } from '../model/types';
import {
  compareRoutes,
  type ExpectedRoute,
  expectedRoutes,
  type NextHopKey,
  nextHopIndex,
  type ObservedRoute,
  observedRoutes,
  pathMismatches,
  type RouteCheck,
  type Routes,
} from './compare';
import { labConfigs } from './configs';
import { type ConvergenceMeasurement, measureConvergence, planWatches } from './convergence';
import { injectFailures } from './faults';
import { FrrJsonError } from './frr-json';
import { LabHost } from './netns';
import { readTables, waitEstablished, waitStable } from './observe';
import { enginePredictor, type Predictor } from './predictor';
import type { LabReport, LabSummary, ScenarioReport } from './report-types';
import { LabError, sleep } from './run';
import { type BuiltLab, buildTopology } from './topology';
import { walk } from './walk';

export interface LabOptions {
  fastTimers: boolean;
  /** Failure scenarios, each a list of failures applied together. Default: every link and hub, hard. */
  scenarios?: Failure[][];
  /** What FRR is compared against (the engine unless a test substitutes it). */
  predictor?: Predictor;
  /** Progress lines (stderr in the CLI). */
  log?: (line: string) => void;
}

const ESTABLISH_BOUND_MS = 60000;
const STABLE_BOUND_MS = 60000;

/** Every single link and every hub, hard: the default sweep. */
export function defaultScenarios(design: Design): Failure[][] {
  return [
    ...design.links.map((l): Failure[] => [{ kind: 'link', target: l.id, mode: 'hard' }]),
    ...design.nodes
      .filter((n) => n.kind === 'hub')
      .map((n): Failure[] => [{ kind: 'node', target: n.id, mode: 'hard' }]),
  ];
}

export async function runLab(design: Design, options: LabOptions): Promise<LabReport> {
  const log = options.log ?? (() => {});
  const predictor = options.predictor ?? enginePredictor;
  const timers: TimerProfile = options.fastTimers ? 'fast' : 'design';
  const started = Date.now();
  const report: LabReport = {
    design: design.meta.name,
    timers,
    routers: design.nodes.length,
    links: design.links.length,
    timings: { buildS: 0, establishedS: 0, stableS: 0, totalS: 0 },
    baseline: [],
    scenarios: [],
    summary: emptySummary(),
  };

  const host = new LabHost();
  try {
    const baseline = predictor.baseline(design, timers);
    const configs = labConfigs(design, { fastTimers: options.fastTimers });
    log(`building ${configs.length} routers and ${design.links.length} links`);
    const lab = await buildTopology(host, configs);
    report.timings.buildS = lab.buildS;
    report.timings.establishedS = await waitEstablished(lab, ESTABLISH_BOUND_MS);
    log(`every session Established after ${report.timings.establishedS.toFixed(1)} s`);
    const stable = await waitStable(lab, STABLE_BOUND_MS);
    report.timings.stableS = stable.waitedS;

    const index = nextHopIndex(design, planAddresses(design));
    const expected = expectedRoutes(
      baseline.ribs,
      design.nodes.map((n) => n.id),
    );
    const observed = observedRoutes(stable.tables, index);
    report.baseline = compareRoutes(expected, observed, { checkReasons: true });
    log(
      `baseline: ${report.baseline.length} routes compared, ${report.baseline.filter((c) => c.problems.length > 0).length} differ`,
    );

    const scenarios = options.scenarios ?? defaultScenarios(design);
    for (const failures of scenarios) {
      const scenario = await runScenario(lab, design, failures, {
        baseline,
        expected,
        observed,
        index,
        timers,
        predictor,
      });
      report.scenarios.push(scenario);
      log(`${scenario.name}: ${describeScenario(scenario)}`);
      if (!scenario.restored) {
        report.error = `the lab did not return to its baseline after "${scenario.name}": later scenarios were not run`;
        break;
      }
    }
  } catch (error) {
    if (!isExpected(error)) throw error;
    report.error = error.message;
  } finally {
    await host.teardown();
    report.timings.totalS = (Date.now() - started) / 1000;
    report.summary = summarize(report);
  }
  return report;
}

interface Context {
  baseline: EngineResult;
  expected: Routes<ExpectedRoute>;
  observed: Routes<ObservedRoute>;
  index: Record<string, Record<string, NextHopKey>>;
  timers: TimerProfile;
  predictor: Predictor;
}

async function runScenario(lab: BuiltLab, design: Design, failures: Failure[], ctx: Context): Promise<ScenarioReport> {
  const name = failures
    .map(
      (f) => `${f.mode === 'silent' ? 'silent loss on ' : ''}${f.kind} ${f.target}${f.mode === 'hard' ? ' down' : ''}`,
    )
    .join(' + ');
  const report: ScenarioReport = { name, failures, checks: [], convergence: [], settledS: 0, restored: false };
  const predicted = ctx.predictor.scenario(design, failures, ctx.timers);
  const injectedAt = Date.now();
  const fault = await injectFailures(lab, design, failures);
  try {
    const routers = design.nodes.map((n) => n.id).filter((id) => !fault.failedNodes.has(id));
    const expectedAfter = expectedRoutes(predicted.result.ribs, routers);
    const plans = planWatches(design, ctx.expected, expectedAfter, ctx.baseline, predicted, fault.failedNodes);
    const boundMs = convergenceBoundMs(
      plans.map((p) => p.predicted?.maxS ?? 0),
      design,
      ctx.timers,
    );
    const { measuredS, resolutionS } = await measureConvergence(
      lab,
      plans,
      injectedAt,
      boundMs,
      ctx.index,
      fault.failedNodes,
    );

    // Then the whole network: wait until FRR matches the prediction (or the bound passes), and is stable.
    const settled = await settle(lab, routers, expectedAfter, ctx.index, injectedAt, boundMs);
    report.settledS = (Date.now() - injectedAt) / 1000;
    const observedAfter = observedRoutes(settled, ctx.index);
    report.checks = compareRoutes(expectedAfter, observedAfter, { checkReasons: false });
    report.convergence = plans.map((plan): ConvergenceMeasurement => {
      const m = measuredS.get(plan) ?? null;
      return {
        ...plan,
        measuredS: m,
        observedAfter: walk(observedAfter, plan.site, plan.prefix),
        inRange: m === null || !plan.predicted ? null : m >= plan.predicted.minS && m <= plan.predicted.maxS,
        resolutionS,
      };
    });
  } catch (error) {
    if (!isExpected(error)) throw error;
    report.error = error.message;
  } finally {
    await fault.undo();
  }
  const restore = await backToBaseline(lab, ctx);
  report.restored = restore === null;
  if (restore !== null) report.error = report.error ? `${report.error}; ${restore}` : restore;
  return report;
}

/** Long enough for the slowest predicted move (or the slowest detection the design allows), bounded. */
export function convergenceBoundMs(predictedMaxS: readonly number[], design: Design, timers: TimerProfile): number {
  const hold = timers === 'fast' ? 3 : Math.max(3, ...design.links.map((l) => l.detection.bgpHoldS));
  const slowest = Math.max(hold, ...predictedMaxS);
  return Math.min(300000, Math.round((slowest * 2 + 5) * 1000));
}

/** Polls until FRR's paths match the prediction or the bound passes, then waits for stable tables. */
async function settle(
  lab: BuiltLab,
  routers: string[],
  expected: Routes<ExpectedRoute>,
  index: Record<string, Record<string, NextHopKey>>,
  since: number,
  boundMs: number,
) {
  while (Date.now() - since < boundMs) {
    const routes = observedRoutes(await readTables(lab, routers), index);
    if (pathMismatches(compareRoutes(expected, routes, { checkReasons: false })).length === 0) break;
    await sleep(100);
  }
  return (await waitStable(lab, STABLE_BOUND_MS, routers)).tables;
}

/** Null when every router is back to its baseline paths; otherwise what is still different. */
async function backToBaseline(lab: BuiltLab, ctx: Context): Promise<string | null> {
  const asExpected: Routes<ExpectedRoute> = {};
  for (const [router, table] of Object.entries(ctx.observed)) {
    asExpected[router] = Object.fromEntries(
      Object.entries(table).map(([p, r]) => [p, { ...r, possibleReasons: [], arrivalOrderDependent: false }]),
    );
  }
  const differences = async () =>
    pathMismatches(
      compareRoutes(asExpected, observedRoutes(await readTables(lab), ctx.index), { checkReasons: false }),
    );
  try {
    await waitEstablished(lab, ESTABLISH_BOUND_MS);
    // The baseline is known: wait for it (bounded) rather than trusting a quiet second.
    const since = Date.now();
    while ((await differences()).length > 0 && Date.now() - since < STABLE_BOUND_MS) await sleep(200);
    await waitStable(lab, STABLE_BOUND_MS);
    const different = await differences();
    if (different.length === 0) return null;
    const first = different[0] as RouteCheck;
    return `not back to the baseline: ${different.length} routes differ, e.g. ${first.router} ${first.prefix}: was ${first.expected?.best ?? 'no route'}, now ${first.observed?.best ?? 'no route'}`;
  } catch (error) {
    if (error instanceof LabError) return `not back to the baseline: ${error.message}`;
    throw error;
  }
}

/** Problems the lab reports (a router misbehaving, odd JSON); anything else is a bug and propagates. */
function isExpected(error: unknown): error is Error {
  return error instanceof LabError || error instanceof FrrJsonError;
}

function describeScenario(s: ScenarioReport): string {
  if (s.error) return `error: ${s.error}`;
  const bad = pathMismatches(s.checks).length;
  const times = s.convergence.filter((c) => c.measuredS !== null).map((c) => c.measuredS as number);
  const worst = times.length > 0 ? `${Math.max(...times).toFixed(2)} s` : 'n/a';
  return `${bad === 0 ? 'paths match' : `${bad} path mismatches`}, worst convergence ${worst}`;
}

function emptySummary(): LabSummary {
  return {
    routesChecked: 0,
    pathMismatches: 0,
    reasonMismatches: 0,
    convergenceMeasured: 0,
    convergenceInRange: 0,
    convergenceOutOfRange: 0,
    convergenceNotReached: 0,
    ok: false,
  };
}

export function summarize(report: LabReport): LabSummary {
  const all = [...report.baseline, ...report.scenarios.flatMap((s) => s.checks)];
  const convergence = report.scenarios.flatMap((s) => s.convergence);
  const pathMismatchCount = pathMismatches(all).length;
  const reasonMismatches = report.baseline.filter((c) => c.problems.includes('reason')).length;
  const summary: LabSummary = {
    routesChecked: all.length,
    pathMismatches: pathMismatchCount,
    reasonMismatches,
    convergenceMeasured: convergence.filter((c) => c.measuredS !== null).length,
    convergenceInRange: convergence.filter((c) => c.inRange === true).length,
    convergenceOutOfRange: convergence.filter((c) => c.inRange === false).length,
    convergenceNotReached: convergence.filter((c) => c.measuredS === null).length,
    ok: false,
  };
  const scenarioErrors = report.scenarios.some((s) => s.error !== undefined || !s.restored);
  summary.ok =
    report.error === undefined &&
    !scenarioErrors &&
    pathMismatchCount === 0 &&
    reasonMismatches === 0 &&
    all.length > 0;
  return summary;
}
