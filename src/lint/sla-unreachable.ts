// An SLA no path can meet: the best latency, jitter and loss over the links (each minimised on
// its own, a lower bound on every path BGP or steering could pick) already break the bound.
// Pure topology arithmetic, so it warns before the engine has run and agrees with any engine.
import type { Design, DesignLink, Diagnostic, TrafficClass } from '../model';
import { adjacency, leastWeights, lossFromWeight, lossWeight } from './paths';
import { finding, type LintRule, listSome } from './rule';
import { classDestinations, selectedSites } from './scope';

type Metric = 'latency' | 'jitter' | 'loss';

const WEIGHTS: Record<Metric, (link: DesignLink) => number> = {
  latency: (l) => l.latencyMs,
  jitter: (l) => l.jitterMs,
  loss: lossWeight,
};

export const slaUnreachableRule: LintRule = {
  code: 'lint.sla-unreachable',
  title: 'SLA that no path can meet',
  run(design) {
    const out: Diagnostic[] = [];
    const bounds = new BoundCache(design);
    for (const tc of design.trafficClasses) {
      const limits = slaLimits(tc);
      if (limits.length === 0) continue;
      const misses: string[] = [];
      let reachablePairs = 0;
      let firstMiss = '';
      const destinations = classDestinations(design, tc);
      for (const site of selectedSites(design, tc.appliesTo)) {
        for (const destination of destinations) {
          if (!bounds.reachable(site.id, destination.id)) continue;
          reachablePairs++;
          const broken = limits.find(([metric, max]) => bounds.best(metric, site.id, destination.id) > max + 1e-9);
          if (!broken) continue;
          misses.push(`${site.id} → ${destination.id}`);
          if (!firstMiss) {
            const [metric, max] = broken;
            firstMiss = `${describeMetric(metric, bounds.best(metric, site.id, destination.id))} from '${site.id}' to '${destination.id}', above the ${describeMetric(metric, max)} it allows`;
          }
        }
      }
      if (misses.length === 0) continue;
      const everywhere = misses.length === reachablePairs;
      out.push(
        finding(
          everywhere ? 'error' : 'warning',
          this.code,
          `traffic class '${tc.id}': no path can meet its SLA ${everywhere ? 'anywhere' : `for ${listSome(misses)}`}. The best any path can do is ${firstMiss}; its fallback '${tc.fallback}' applies there.`,
          tc.id,
        ),
      );
    }
    return out;
  },
};

function slaLimits(tc: TrafficClass): [Metric, number][] {
  const limits: [Metric, number][] = [];
  if (tc.sla.maxLatencyMs !== undefined) limits.push(['latency', tc.sla.maxLatencyMs]);
  if (tc.sla.maxJitterMs !== undefined) limits.push(['jitter', tc.sla.maxJitterMs]);
  if (tc.sla.maxLossPct !== undefined) limits.push(['loss', tc.sla.maxLossPct]);
  return limits;
}

function describeMetric(metric: Metric, value: number): string {
  const rounded = Math.round(value * 100) / 100;
  switch (metric) {
    case 'latency':
      return `latency ${rounded} ms`;
    case 'jitter':
      return `jitter ${rounded} ms`;
    case 'loss':
      return `loss ${rounded} %`;
  }
}

/** One shortest-path run per (metric, destination), shared by every class. Links are
 * symmetric, so the best path from a site to a destination is the best path back; running from
 * the few destinations instead of the many sites keeps a 1,000-site design fast. */
class BoundCache {
  private readonly graph;
  private readonly runs = new Map<string, Map<string, number>>();

  constructor(private readonly design: Design) {
    this.graph = adjacency(design);
  }

  best(metric: Metric, from: string, to: string): number {
    const key = `${metric} ${to}`;
    let run = this.runs.get(key);
    if (!run) {
      run = leastWeights(this.design, to, WEIGHTS[metric], this.graph);
      this.runs.set(key, run);
    }
    const weight = run.get(from) ?? Number.POSITIVE_INFINITY;
    return metric === 'loss' ? lossFromWeight(weight) : weight;
  }

  reachable(from: string, to: string): boolean {
    return Number.isFinite(this.best('latency', from, to));
  }
}
