// What the IOS-XE renderer's sections share: the platform id, the warning sink, BFD timers.
import type { DeviceModel } from '../../devices/types';
import { safeInteger } from '../escape';
import type { ExportWarning } from '../types';

export const P = 'ios-xe' as const;
/** IOS-XE BFD `interval` / `min_rx` range, ms. */
const BFD_MIN_MS = 50;
const BFD_MAX_MS = 9999;

export type Warn = (feature: ExportWarning['feature'], message: string, elementId?: string) => void;

/** Interface-level BFD timers for the BFD peer on this interface (IOS-XE sets BFD per interface). */
export function bfdLines(device: DeviceModel, interfaceName: string, host: string, warn: Warn): string[] {
  const peer = device.bfdPeers.find((p) => p.interfaceName === interfaceName);
  if (!peer) return [];
  let interval = safeInteger(P, `node '${host}' BFD interval (link ${peer.linkId})`, peer.intervalMs, 1, 60000);
  if (interval < BFD_MIN_MS || interval > BFD_MAX_MS) {
    const clamped = Math.min(BFD_MAX_MS, Math.max(BFD_MIN_MS, interval));
    warn(
      'bfd',
      `link '${peer.linkId}': BFD interval ${interval} ms is outside IOS-XE's ${BFD_MIN_MS}-${BFD_MAX_MS} ms: exported as ${clamped} ms`,
      peer.linkId,
    );
    interval = clamped;
  }
  let multiplier = safeInteger(P, `BFD multiplier (link ${peer.linkId})`, peer.multiplier, 1, 255);
  if (multiplier < 3 || multiplier > 50) {
    const clamped = Math.min(50, Math.max(3, multiplier));
    warn(
      'bfd',
      `link '${peer.linkId}': BFD multiplier ${multiplier} is outside IOS-XE's 3-50: exported as ${clamped}`,
      peer.linkId,
    );
    multiplier = clamped;
  }
  return [` bfd interval ${interval} min_rx ${interval} multiplier ${multiplier}`];
}
