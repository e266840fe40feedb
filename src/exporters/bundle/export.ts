// The whole export: design -> devices -> every chosen exporter -> one file tree with README,
// inventory.json and SHA256SUMS. Pure: the caller supplies the keys and the clock (so golden
// files are stable) and turns the tree into a zip (zip.ts) or a folder (CLI).
import { buildDevices } from '../../devices/build';
import type { DeviceModel, DeviceProblem } from '../../devices/types';
import type { Design } from '../../model/types';
import { validateDesign } from '../../model/validate';
import { getExporter } from '../index';
import type { ExportContext, ExportFile, ExportWarning, KeySource, PlatformId } from '../types';
import { checksumFile, sha256Hex } from './checksums';
import { buildInventory, type Inventory } from './inventory';
import { renderReadme } from './readme';
import { type PlatformChoice, platformsFor } from './select';

export interface BundleOptions {
  keys: KeySource;
  platforms?: PlatformChoice;
  fastTimers?: boolean;
  /** ISO timestamp written into README and inventory (inject for reproducible output). */
  generatedAt: string;
  nextHopToward?: (nodeId: string, hubId: string) => string | undefined;
}

export interface Bundle {
  /** Paths are `<device>/<file>` plus README.md, inventory.json, SHA256SUMS at the top. */
  files: ExportFile[];
  warnings: ExportWarning[];
  problems: DeviceProblem[];
  devices: DeviceModel[];
  inventory: Inventory;
}

export class BundleError extends Error {}

export function exportBundle(design: Design, options: BundleOptions): Bundle {
  // Dangling links or duplicate ids would turn into configs that cannot work: refuse, saying where.
  const invalid = validateDesign(design).filter((d) => d.severity === 'error');
  if (invalid.length > 0) {
    throw new BundleError(
      `the design has errors to fix before exporting:\n${invalid.map((d) => `  ${d.elementId ?? d.code}: ${d.message}`).join('\n')}`,
    );
  }
  const set = buildDevices(design, {
    ...(options.fastTimers ? { fastTimers: true } : {}),
    ...(options.nextHopToward ? { nextHopToward: options.nextHopToward } : {}),
  });
  const errors = set.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new BundleError(
      `the design cannot be exported:\n${errors.map((p) => `  ${p.elementId}: ${p.message}`).join('\n')}`,
    );
  }
  const context: ExportContext = {
    keys: options.keys,
    devices: new Map(set.devices.map((d) => [d.nodeId, d])),
    designName: design.meta.name,
  };
  const files: ExportFile[] = [];
  const warnings: ExportWarning[] = [];
  for (const device of set.devices) {
    const platforms = platformsFor(device, options.platforms ?? 'auto');
    warnings.push(...uncoveredTunnels(device, platforms));
    for (const platform of platforms) {
      const exporter = getExporter(platform);
      if (!exporter) {
        warnings.push(missingExporter(device.hostname, platform));
        continue;
      }
      const result = exporter.render(device, context);
      for (const file of result.files) files.push({ path: `${device.hostname}/${file.path}`, content: file.content });
      warnings.push(...result.warnings);
    }
  }
  const listed = files.map((f) => ({ path: f.path, sha256: sha256Hex(f.content), bytes: byteLength(f.content) }));
  const inventory = buildInventory(design.meta.name, options.generatedAt, set.devices, listed);
  const inventoryFile = { path: 'inventory.json', content: `${JSON.stringify(inventory, null, 2)}\n` };
  const readme = {
    path: 'README.md',
    content: renderReadme({
      designName: design.meta.name,
      generatedAt: options.generatedAt,
      devices: set.devices,
      inventory,
      warnings,
      problems: set.problems,
      keys: options.keys,
      fastTimers: options.fastTimers ?? false,
    }),
  };
  const all = [readme, inventoryFile, ...files];
  return {
    files: [...all, { path: 'SHA256SUMS', content: checksumFile(all) }],
    warnings,
    problems: set.problems,
    devices: set.devices,
    inventory,
  };
}

/** Tunnels no chosen platform configures: the routing over them is exported, the tunnel is not. */
function uncoveredTunnels(device: DeviceModel, platforms: readonly PlatformId[]): ExportWarning[] {
  const can = (feature: 'ipsec' | 'wireguard') => platforms.some((p) => getExporter(p)?.capabilities[feature]);
  return device.tunnels
    .filter((t) => !can(t.kind))
    .map((t) => ({
      platform: platforms[0] ?? 'frr',
      device: device.hostname,
      elementId: t.linkId,
      feature: t.kind,
      message: `the ${t.kind === 'ipsec' ? 'IPsec' : 'WireGuard'} tunnel on link '${t.linkId}' is in none of the exported files (platforms: ${platforms.join(', ') || 'none'}): add ${t.kind === 'ipsec' ? 'strongswan' : 'wireguard'} to configure it`,
    }));
}

function missingExporter(device: string, platform: PlatformId): ExportWarning {
  return {
    platform,
    device,
    feature: 'other',
    message: `no ${platform} exporter is available in this build: ${device} has no ${platform} file`,
  };
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
