// A bundle as one .zip (fflate). Timestamps are fixed so the same bundle gives the same bytes.
import { zipSync } from 'fflate';
import type { ExportFile } from '../types';

const FIXED_TIME = new Date('2000-01-01T00:00:00Z');

export function zipBundle(files: readonly ExportFile[], folder = 'egress-bundle'): Uint8Array {
  const encoder = new TextEncoder();
  const tree: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const file of files) tree[`${folder}/${file.path}`] = [encoder.encode(file.content), { mtime: FIXED_TIME }];
  return zipSync(tree, { level: 6 });
}
