// Share link length: for each built-in design and for generated 50/100/200-node designs (and
// 500/1,000 for the trend), the canonical JSON size, the link's length, and encode/decode time.
// The target is a 100-node design under 4,000 characters.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDesignText } from '../src/model/load';
import { serializeDesignJson } from '../src/model/serialize';
import type { Design } from '../src/model/types';
import { decodeDesignLink, encodeDesignLink, PRACTICAL_LINK_CHARS } from '../src/share';
import { generateDesign } from '../src/share/testing/generate';
import type { BenchSection } from './registry';

const DESIGNS = join(import.meta.dirname, '../public/designs');

function cases(): { name: string; design: Design }[] {
  const samples = readdirSync(DESIGNS)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .sort()
    .flatMap((file) => {
      const loaded = loadDesignText(readFileSync(join(DESIGNS, file), 'utf8'));
      return loaded.ok ? [{ name: file, design: loaded.design }] : [];
    });
  const generated = [50, 100, 200, 500, 1000].map((n) => ({ name: `generated ${n} nodes`, design: generateDesign(n) }));
  return [...samples, ...generated];
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function run(): Promise<BenchSection> {
  const rows: Record<string, string | number>[] = [];
  for (const { name, design } of cases()) {
    const encodeTimes: number[] = [];
    const decodeTimes: number[] = [];
    let fragment = '';
    for (let i = 0; i < 5; i++) {
      let t = performance.now();
      const encoded = encodeDesignLink(design);
      encodeTimes.push(performance.now() - t);
      if (!encoded.ok) throw new Error(`${name}: ${encoded.error.message}`);
      fragment = encoded.value.fragment;
      t = performance.now();
      const decoded = decodeDesignLink(fragment);
      decodeTimes.push(performance.now() - t);
      if (!decoded.ok || serializeDesignJson(decoded.value.design) !== serializeDesignJson(design)) {
        throw new Error(`${name}: the link does not round-trip`);
      }
    }
    const jsonBytes = new TextEncoder().encode(serializeDesignJson(design)).length;
    rows.push({
      design: name,
      nodes: design.nodes.length,
      links: design.links.length,
      'json bytes': jsonBytes,
      'link chars': fragment.length,
      'chars/node': Number((fragment.length / Math.max(1, design.nodes.length)).toFixed(1)),
      'vs json': `${((fragment.length / jsonBytes) * 100).toFixed(1)} %`,
      practical: fragment.length <= PRACTICAL_LINK_CHARS ? 'link' : 'file',
      'encode ms': Number(median(encodeTimes).toFixed(2)),
      'decode ms': Number(median(decodeTimes).toFixed(2)),
    });
  }
  return {
    title: `Share link length (#d=1.<deflate+base64url>; links over ${PRACTICAL_LINK_CHARS} chars are offered as a file)`,
    rows,
    json: rows,
  };
}
