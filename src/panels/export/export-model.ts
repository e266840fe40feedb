// Pure helpers of the export view: which exporters run per node given the user's platform picks,
// how files group by device, which highlighter a file gets, and what changed since the last
// download. No React here, so it is unit-tested directly.
import type { DeviceModel } from '../../devices/types';
import { defaultPlatforms } from '../../exporters/bundle/select';
import type { ExportFile, PlatformId } from '../../exporters/types';
import type { Platform } from '../../model/enums';

/** Per node, the router platform the user picked (absent: the node's own platform). */
export type PlatformPicks = Readonly<Record<string, Platform>>;

/** Exporters per node: the picked router platform plus the tunnel files it needs. */
export function platformChoice(devices: readonly DeviceModel[], picks: PlatformPicks): Record<string, PlatformId[]> {
  const out: Record<string, PlatformId[]> = {};
  for (const device of devices) {
    out[device.nodeId] = defaultPlatforms({ ...device, platform: picks[device.nodeId] ?? device.platform });
  }
  return out;
}

export interface DeviceFiles {
  /** Device hostname, or '' for the bundle's own files (README, inventory, checksums). */
  device: string;
  files: ExportFile[];
}

export function groupByDevice(files: readonly ExportFile[]): DeviceFiles[] {
  const groups = new Map<string, ExportFile[]>();
  for (const file of files) {
    const slash = file.path.indexOf('/');
    const device = slash < 0 ? '' : file.path.slice(0, slash);
    if (!groups.has(device)) groups.set(device, []);
    groups.get(device)!.push(file);
  }
  return [...groups.entries()].map(([device, list]) => ({ device, files: list }));
}

/** The monaco language registered in src/monaco for a bundle file. */
export function languageOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/^wg\d+\.conf$/.test(name)) return 'ini';
  // JSON has no grammar in our lean monaco build (src/monaco/setup.ts): shown as plain text.
  if (name.endsWith('.md') || name.endsWith('.json') || name === 'SHA256SUMS') return 'plaintext';
  return 'router-config';
}

export type FileChange = 'added' | 'changed' | 'same';

/** How each current file compares with the previous download (null: nothing downloaded yet). */
export function changesSince(
  previous: ReadonlyMap<string, string> | null,
  files: readonly ExportFile[],
): Map<string, FileChange> | null {
  if (!previous) return null;
  return new Map(
    files.map((f): [string, FileChange] => {
      const before = previous.get(f.path);
      return [f.path, before === undefined ? 'added' : before === f.content ? 'same' : 'changed'];
    }),
  );
}

/** A file name for the zip from the design's name: letters, digits and dashes only. */
export function bundleFileName(designName: string): string {
  const stem = designName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${stem || 'design'}-configs.zip`;
}
