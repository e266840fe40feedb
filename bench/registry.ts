// Benchmarks, one file per area, each run by `npm run bench` (scripts/bench.ts). Add a section by
// writing bench/<area>.bench.ts exporting `run(): Promise<BenchSection>` and one entry here.
export interface BenchSection {
  title: string;
  /** Rows printed as a table. */
  rows: Record<string, string | number>[];
  /** What `--json` prints for this section (the engine's goes to the top-level `cases`). */
  json: unknown;
}

export interface BenchEntry {
  name: string;
  load(): Promise<{ run(): Promise<BenchSection> }>;
}

export const BENCHES: readonly BenchEntry[] = [
  {
    name: 'engine',
    load: () => import('./engine.bench'),
  },
  {
    name: 'share',
    load: () => import('./share.bench'),
  },
  {
    name: 'ui',
    load: () => import('./ui.bench'),
  },
];
