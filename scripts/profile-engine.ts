// Profiling driver for the engine on the bench's largest generated design (1,000 sites x 20 hubs
// x 10 clouds x 8 classes). Prints wall and CPU ms per run; run it under a profiler:
//   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof-engine scripts/profile-engine.ts compute
//   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof-engine scripts/profile-engine.ts sweep
// `compute` (default) runs RUNS (4) fresh full computes; `sweep` one full single-failure sweep.
// For line numbers in the profile, bundle it first (tsx writes each module on one line):
//   npx esbuild scripts/profile-engine.ts --bundle --platform=node --format=esm --outfile=/tmp/p.mjs
import { createEngine, resilienceSweep } from '../src/engine';
import { syntheticDesign } from '../src/engine/synthetic';

const mode = process.argv[2] ?? 'compute';
const design = syntheticDesign({ sites: 1000, hubs: 20, clouds: 10, classes: 8 });

function timed(label: string, f: () => void): void {
  const c = process.cpuUsage();
  const t = performance.now();
  f();
  const u = process.cpuUsage(c);
  console.log(
    label,
    'wall',
    Math.round(performance.now() - t),
    'ms, cpu',
    Math.round((u.user + u.system) / 1000),
    'ms',
  );
}

if (mode === 'sweep') {
  timed('sweep', () => resilienceSweep(design));
} else {
  for (let i = 0; i < Number(process.env.RUNS ?? 4); i++) timed('compute', () => createEngine().compute(design));
}
