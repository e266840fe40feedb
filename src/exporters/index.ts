// The registry of exporters. Add a platform: a folder under src/exporters/<id>/ exporting an
// Exporter, and one entry here; then `npx tsx scripts/update-export-golden.ts <id>` writes its
// golden files (src/exporters/<id>/__golden__), which golden.test.ts checks.
import { eosExporter } from './eos';
import { frrExporter } from './frr';
import { iosXeExporter } from './ios-xe';
import { junosExporter } from './junos';
import { strongswanExporter } from './strongswan';
import type { Exporter, PlatformId } from './types';
import { wireguardExporter } from './wireguard';

export const EXPORTERS: readonly Exporter[] = [
  frrExporter,
  wireguardExporter,
  strongswanExporter,
  iosXeExporter,
  junosExporter,
  eosExporter,
];

export const PLATFORM_IDS: readonly PlatformId[] = ['frr', 'ios-xe', 'junos', 'eos', 'wireguard', 'strongswan'];

export function getExporter(id: string): Exporter | undefined {
  return EXPORTERS.find((e) => e.id === id);
}

export type * from './types';
