// The exporters' output for every sample design equals the reviewed golden files. On a wanted
// change: `npx tsx scripts/update-export-golden.ts`, review the diff, commit.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDesignText } from '../model/load';
import { goldenDir, goldenFiles } from './golden';
import { EXPORTERS } from './index';

const root = join(__dirname, '../..');

function samples() {
  const dir = join(root, 'public/designs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .sort()
    .map((file) => {
      const result = loadDesignText(readFileSync(join(dir, file), 'utf8'), 'json');
      if (!result.ok) throw new Error(`${file} is not a valid design`);
      return { stem: file.replace(/\.json$/, ''), design: result.design };
    });
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const expected = goldenFiles(samples());
const REGENERATE = 'run `npx tsx scripts/update-export-golden.ts` and review the diff';

describe('golden files', () => {
  it('covers every registered exporter and the bundle', () => {
    expect([...expected.keys()].sort()).toEqual([...EXPORTERS.map((e) => e.id), 'bundle'].sort());
  });

  for (const [platform, files] of expected) {
    it(`${platform}: output equals the golden files`, () => {
      const dir = join(root, goldenDir(platform));
      const onDisk = listFiles(dir).map((p) => relative(dir, p));
      expect(onDisk.sort(), `golden files of ${platform} differ in name: ${REGENERATE}`).toEqual(
        [...files.keys()].sort(),
      );
      for (const [path, content] of files) {
        expect(readFileSync(join(dir, path), 'utf8'), `${platform}/${path}: ${REGENERATE}`).toBe(content);
      }
    });
  }
});
