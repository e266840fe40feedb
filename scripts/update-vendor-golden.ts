// Regenerates src/exporters/vendor-warnings.golden.md (what IOS-XE, Junos and EOS cannot express
// in the sample designs). The configs themselves: scripts/update-export-golden.ts ios-xe junos eos.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VENDOR_WARNINGS_PATH, vendorWarnings } from '../src/exporters/vendor-warnings';
import { loadDesignText } from '../src/model/load';

const dir = 'public/designs';
const samples = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .sort()
  .map((file) => {
    const result = loadDesignText(readFileSync(join(dir, file), 'utf8'), 'json');
    if (!result.ok) throw new Error(`${file} is not a valid design`);
    return { stem: file.replace(/\.json$/, ''), design: result.design };
  });
writeFileSync(VENDOR_WARNINGS_PATH, vendorWarnings(samples));
console.log(`${VENDOR_WARNINGS_PATH}: ${samples.length} designs`);
