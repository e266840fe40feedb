// What the golden files hold: for every sample design, every registered exporter's files for
// every device (deterministic keys), and the bundle's README / inventory / SHA256SUMS. Pure, so
// scripts/update-export-golden.ts writes it and golden.test.ts compares it with the same code.
import { buildDevices } from '../devices/build';
import type { Design } from '../model/types';
import { exportBundle } from './bundle/export';
import { EXPORTERS } from './index';
import { deterministicKeySource } from './keys/deterministic';
import type { ExportContext } from './types';

export const GOLDEN_GENERATED_AT = '2026-01-01T00:00:00.000Z';

/** Golden folder of a platform (or `bundle`), relative to the repository root. */
export function goldenDir(platform: string): string {
  return `src/exporters/${platform}/__golden__`;
}

/** path (relative to goldenDir(platform)) -> content, per platform. */
export function goldenFiles(samples: readonly { stem: string; design: Design }[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const put = (platform: string, path: string, content: string) => {
    if (!out.has(platform)) out.set(platform, new Map());
    out.get(platform)!.set(path, content);
  };
  for (const { stem, design } of samples) {
    const keys = deterministicKeySource();
    const set = buildDevices(design);
    const context: ExportContext = {
      keys,
      devices: new Map(set.devices.map((d) => [d.nodeId, d])),
      designName: design.meta.name,
    };
    for (const exporter of EXPORTERS) {
      for (const device of set.devices) {
        for (const file of exporter.render(device, context).files) {
          put(exporter.id, `${stem}/${device.hostname}/${file.path}`, file.content);
        }
      }
    }
    const bundle = exportBundle(design, { keys, generatedAt: GOLDEN_GENERATED_AT });
    for (const file of bundle.files) {
      if (!file.path.includes('/')) put('bundle', `${stem}/${file.path}`, file.content);
    }
  }
  return out;
}
