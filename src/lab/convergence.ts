// Convergence measurement: after a failure is injected, poll the routers on the affected paths
// until each site's forwarding path to each watched prefix is the one the engine predicted after
// the failure, and record how long that took. Only the routers on those paths are polled, so a
// round takes tens of milliseconds and the resolution stays below the 0.1 s a link-down takes.
import type { EngineResult, ScenarioResult } from '../engine/types';
import type { Design } from '../model/types';
import { type ExpectedRoute, type NextHopKey, observedRoutes, type Routes } from './compare';
import { readTables } from './observe';
import { sleep } from './run';
import type { BuiltLab } from './topology';
import { sameWalk, type Walk, walk } from './walk';

export interface PredictedConvergence {
  minS: number;
  maxS: number;
  totalS: number;
  /** How the engine says the failure is noticed (interface-down, bfd, bgp-hold, ...). */
  detection: string;
  flows: string[];
}

export interface WatchPlan {
  site: string;
  prefix: string;
  before: Walk;
  predictedAfter: Walk;
  predicted: PredictedConvergence | null;
}

export interface ConvergenceMeasurement extends WatchPlan {
  /** Seconds from injection until FRR forwarded as predicted; null when it never did in time. */
  measuredS: number | null;
  /** Where FRR sends the traffic once stable. */
  observedAfter: Walk;
  /** measuredS within the predicted [min, max]; null when either is missing. */
  inRange: boolean | null;
  /** Half the polling round: the measurement is +/- this. */
  resolutionS: number;
}

/** The (site, prefix) pairs whose forwarding path the engine says the failure changes. */
export function planWatches(
  design: Design,
  before: Routes<ExpectedRoute>,
  after: Routes<ExpectedRoute>,
  baseline: EngineResult,
  scenario: ScenarioResult,
  failedNodes: ReadonlySet<string>,
): WatchPlan[] {
  const predictions = predictionsByPair(baseline, scenario);
  const plans: WatchPlan[] = [];
  for (const node of design.nodes) {
    if (node.kind !== 'site' || failedNodes.has(node.id)) continue;
    const prefixes = new Set([...Object.keys(before[node.id] ?? {}), ...Object.keys(after[node.id] ?? {})]);
    for (const prefix of [...prefixes].sort()) {
      const b = walk(before, node.id, prefix);
      const a = walk(after, node.id, prefix);
      if (sameWalk(a, b)) continue;
      plans.push({
        site: node.id,
        prefix,
        before: b,
        predictedAfter: a,
        predicted: predictions.get(`${node.id} ${prefix}`) ?? null,
      });
    }
  }
  return plans;
}

/** The engine predicts convergence per flow; the lab measures per (site, prefix): merge ranges. */
function predictionsByPair(baseline: EngineResult, scenario: ScenarioResult): Map<string, PredictedConvergence> {
  const flows = new Map(baseline.flows.map((f) => [f.id, f]));
  const out = new Map<string, PredictedConvergence>();
  for (const c of scenario.convergence) {
    const flow = flows.get(c.flowId);
    if (!flow?.matchedPrefix) continue;
    const key = `${flow.site} ${flow.matchedPrefix}`;
    const seen = out.get(key);
    if (!seen) {
      out.set(key, {
        minS: c.range.minS,
        maxS: c.range.maxS,
        totalS: c.phases.totalS,
        detection: c.detection,
        flows: [c.flowId],
      });
    } else {
      seen.minS = Math.min(seen.minS, c.range.minS);
      seen.maxS = Math.max(seen.maxS, c.range.maxS);
      seen.totalS = Math.max(seen.totalS, c.phases.totalS);
      if (!seen.detection.split('/').includes(c.detection)) seen.detection = `${seen.detection}/${c.detection}`;
      seen.flows.push(c.flowId);
    }
  }
  return out;
}

/** Pause between polling rounds: the resolution is about half of it plus the round itself. */
const POLL_PAUSE_MS = 20;

/** Polls until every plan's path is the predicted one or the time bound passes. */
export async function measureConvergence(
  lab: BuiltLab,
  plans: readonly WatchPlan[],
  injectedAt: number,
  timeoutMs: number,
  index: Record<string, Record<string, NextHopKey>>,
  failedNodes: ReadonlySet<string>,
): Promise<{ measuredS: Map<WatchPlan, number>; resolutionS: number }> {
  const measured = new Map<WatchPlan, number>();
  const polled = new Set<string>();
  for (const p of plans) for (const n of [...p.before.nodes, ...p.predictedAfter.nodes]) polled.add(n);
  for (const n of failedNodes) polled.delete(n);
  let rounds = 0;
  let roundTime = 0;
  while (measured.size < plans.length && Date.now() - injectedAt < timeoutMs) {
    const start = Date.now();
    const routes = observedRoutes(await readTables(lab, polled), index);
    const end = Date.now();
    rounds += 1;
    roundTime += end - start;
    // The state was read somewhere inside the round: its middle is the best estimate.
    const at = (start + end) / 2;
    for (const plan of plans) {
      if (measured.has(plan)) continue;
      const w = walk(routes, plan.site, plan.prefix);
      const last = w.nodes[w.nodes.length - 1];
      if (last !== undefined && !polled.has(last) && !failedNodes.has(last)) {
        polled.add(last); // the path left the routers we watch: read that one too next round
        continue;
      }
      if (sameWalk(w, plan.predictedAfter)) measured.set(plan, Math.max(0, (at - injectedAt) / 1000));
    }
    // A short pause keeps the polling from competing with the bgpd it is timing.
    await sleep(POLL_PAUSE_MS);
    roundTime += POLL_PAUSE_MS;
  }
  return { measuredS: measured, resolutionS: rounds > 0 ? roundTime / rounds / 2000 : 0 };
}
