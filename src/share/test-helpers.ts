// Shared by the share tests: the sample designs as fixtures, and a raw way to build links with
// arbitrary payloads (to test what the decoder does with data no encoder would write).
// biome-ignore lint/style/noRestrictedImports: a test-only helper (imported by *.test.ts only), never bundled
import { readdirSync, readFileSync } from 'node:fs';
// biome-ignore lint/style/noRestrictedImports: test-only, as above
import { join } from 'node:path';
import { deflateSync, strToU8 } from 'fflate';
import { loadDesignText } from '../model/load';
import { serializeDesignJson } from '../model/serialize';
import type { Design } from '../model/types';
import { encodeBase64Url } from './base64url';

const DESIGNS_DIR = join(import.meta.dirname, '../../public/designs');

/** Every built-in design file (public/designs/*.json except the index). */
export function sampleDesigns(): { file: string; design: Design }[] {
  return readdirSync(DESIGNS_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .sort()
    .map((file) => {
      const loaded = loadDesignText(readFileSync(join(DESIGNS_DIR, file), 'utf8'));
      if (!loaded.ok) throw new Error(`${file} does not load: ${JSON.stringify(loaded.problems)}`);
      return { file, design: loaded.design };
    });
}

/** The canonical JSON text: what "exactly the same design" means (it is what a file holds). */
export function canonical(design: Design): string {
  return serializeDesignJson(design);
}

/** A link of `version` whose data is `text` deflated: for payloads no encoder would produce. */
export function rawLink(text: string, version = 1): string {
  return `#d=${version}.${encodeBase64Url(deflateSync(strToU8(text)))}`;
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
