// Regenerates the exporters' golden files from public/designs/ (deterministic keys, fixed
// clock): `npx tsx scripts/update-export-golden.ts [platform ...]`. Review the diff, then commit.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { goldenDir, goldenFiles } from '../src/exporters/golden';
import { loadDesignText } from '../src/model/load';

function loadSampleDesigns(root = '.') {
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

const only = process.argv.slice(2);
for (const [platform, files] of goldenFiles(loadSampleDesigns())) {
  if (only.length > 0 && !only.includes(platform)) continue;
  const dir = goldenDir(platform);
  rmSync(dir, { recursive: true, force: true });
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  console.log(`${dir}: ${files.size} files`);
}
