// Engine speed on generated designs up to 1,000 sites x 20 hubs x 10 clouds x 8 classes:
// full compute, recompute after one link edit (stateful engine, control plane reused), and the
// full single-failure sweep, as median milliseconds. Targets at the largest size: compute
// <= 1 s, edit <= 50 ms, sweep <= 10 s. A sweep longer than EGRESS_BENCH_SWEEP_BUDGET_MS
// (default 120 s) is stopped and extrapolated from the elements done (sweepComplete: false).
// CPU milliseconds are reported beside wall time: on a shared machine they are the fairer figure.
import { createEngine, resilienceSweep } from '../src/engine';
import { type SyntheticSize, syntheticDesign } from '../src/engine/synthetic';
import type { BenchSection } from './registry';

const SIZES: (SyntheticSize & { name: string; runs: number })[] = [
  { name: 'small', sites: 10, hubs: 3, clouds: 2, classes: 4, runs: 5 },
  { name: 'medium', sites: 100, hubs: 10, clouds: 5, classes: 8, runs: 3 },
  { name: 'large', sites: 1000, hubs: 20, clouds: 10, classes: 8, runs: 3 },
];

/** CPU milliseconds of this process during `f` (the machine may be shared: wall time then
 * includes waiting for a core, CPU time does not). */
function cpu<T>(f: () => T): { value: T; cpuMs: number; wallMs: number } {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = f();
  const u = process.cpuUsage(c);
  return { value, cpuMs: (u.user + u.system) / 1000, wallMs: performance.now() - t };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10;
}

export async function run(): Promise<BenchSection> {
  const budget = Number(process.env.EGRESS_BENCH_SWEEP_BUDGET_MS ?? 120_000);
  const maxSites = Number(process.env.EGRESS_BENCH_MAX_SITES ?? Number.POSITIVE_INFINITY);
  const cases = [];
  for (const size of SIZES.filter((s) => s.sites <= maxSites)) {
    const design = syntheticDesign(size);
    const compute: number[] = [];
    const edit: number[] = [];
    const computeCpu: number[] = [];
    const editCpu: number[] = [];
    for (let i = 0; i < size.runs; i++) {
      const engine = createEngine();
      const full = cpu(() => engine.compute(design));
      compute.push(full.wallMs);
      computeCpu.push(full.cpuMs);
      // One link edit: the latency of a site's access link.
      const edited = {
        ...design,
        links: design.links.map((l, k) => (k === i ? { ...l, latencyMs: l.latencyMs + 5 } : l)),
      };
      const once = cpu(() => engine.compute(edited));
      edit.push(once.wallMs);
      editCpu.push(once.cpuMs);
    }
    const started = performance.now();
    let done = 0;
    let total = 1;
    const sweep = cpu(() =>
      resilienceSweep(design, {
        onProgress: (p) => {
          done = p.done;
          total = p.total;
        },
        shouldCancel: () => performance.now() - started > budget,
      }),
    );
    const report = sweep.value.report;
    const scale = report.cancelled ? total / Math.max(1, done) : 1;
    cases.push({
      name: size.name,
      sites: size.sites,
      hubs: size.hubs,
      clouds: size.clouds,
      classes: size.classes,
      computeMs: median(compute),
      editMs: median(edit),
      sweepMs: Math.round(sweep.wallMs * scale),
      sweepComplete: !report.cancelled,
      computeCpuMs: median(computeCpu),
      editCpuMs: median(editCpu),
      sweepCpuMs: Math.round(sweep.cpuMs * scale),
    });
  }
  return {
    title: 'Engine: median ms per full compute, recompute after one link edit, full single-failure sweep',
    rows: cases.map((c) => ({ ...c, sweepComplete: c.sweepComplete ? 'yes' : 'extrapolated' })),
    json: cases,
  };
}
