// Regenerates the engine's golden files (src/engine/__golden__/) from every built-in design in
// public/designs/. Run after an intended engine change and review the diff:
//   npx tsx scripts/update-engine-golden.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { engineGolden } from '../src/engine/golden';
import { loadDesignText } from '../src/model/load';

const index = JSON.parse(readFileSync('public/designs/index.json', 'utf8')) as { file: string }[];
for (const { file } of index) {
  const loaded = loadDesignText(readFileSync(`public/designs/${file}`, 'utf8'));
  if (!loaded.ok) throw new Error(`public/designs/${file} does not load`);
  const out = `src/engine/__golden__/${file}`;
  writeFileSync(out, `${JSON.stringify(engineGolden(loaded.design), null, 2)}\n`);
  console.log(`wrote ${out}`);
}
