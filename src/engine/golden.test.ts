// Every built-in design's engine result matches its reviewed golden file. After an intended
// change: `npx tsx scripts/update-engine-golden.ts` and review the diff.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDesignText } from '../model/load';
import { engineGolden } from './golden';

const index = JSON.parse(readFileSync('public/designs/index.json', 'utf8')) as { file: string }[];

describe('engine golden files', () => {
  it('covers every built-in design', () => {
    expect(index.length).toBeGreaterThan(0);
  });
  for (const { file } of index) {
    it(file, () => {
      const loaded = loadDesignText(readFileSync(`public/designs/${file}`, 'utf8'));
      if (!loaded.ok) throw new Error(`public/designs/${file} does not load`);
      const expected = JSON.parse(readFileSync(`src/engine/__golden__/${file}`, 'utf8'));
      expect(JSON.parse(JSON.stringify(engineGolden(loaded.design)))).toEqual(expected);
    });
  }
});
