// What the vendor platforms (IOS-XE, Junos, EOS) cannot express, for every sample design, as one
// reviewed Markdown file: the configs' golden files show what IS exported, this shows what is
// not. Pure; scripts/update-vendor-golden.ts writes it and vendor-warnings.test.ts checks it.
import { buildDevices } from '../devices/build';
import type { Design } from '../model/types';
import { eosExporter } from './eos';
import { iosXeExporter } from './ios-xe';
import { junosExporter } from './junos';
import { deterministicKeySource } from './keys/deterministic';
import type { ExportContext } from './types';

export const VENDOR_WARNINGS_PATH = 'src/exporters/vendor-warnings.golden.md';
const VENDORS = [iosXeExporter, junosExporter, eosExporter];

export function vendorWarnings(samples: readonly { stem: string; design: Design }[]): string {
  const out = [
    '# What IOS-XE, Junos and EOS cannot express in the sample designs',
    '',
    'Every device of every sample rendered for each vendor platform (whatever platform the node names).',
    'Regenerate with `npx tsx scripts/update-vendor-golden.ts`; checked by `src/exporters/vendor-warnings.test.ts`.',
  ];
  for (const { stem, design } of samples) {
    const { devices } = buildDevices(design);
    const context: ExportContext = {
      keys: deterministicKeySource(),
      devices: new Map(devices.map((d) => [d.nodeId, d])),
      designName: design.meta.name,
    };
    out.push('', `## ${stem}`);
    for (const exporter of VENDORS) {
      out.push('', `### ${exporter.id} (${exporter.label})`, '');
      const seen = new Set<string>();
      for (const device of devices) {
        for (const w of exporter.render(device, context).warnings) {
          const line = `- ${w.device} [${w.feature}${w.elementId ? ` ${w.elementId}` : ''}]: ${w.message}`;
          if (!seen.has(line)) out.push(line);
          seen.add(line);
        }
      }
      if (seen.size === 0) out.push('- nothing: every feature is exported');
    }
  }
  return `${out.join('\n')}\n`;
}
