// Exporter contract. An exporter turns ONE vendor-neutral DeviceModel (src/devices/types.ts)
// into the files that platform loads. Pure: no Node built-ins, no DOM; keys come from an
// injected KeySource so tests are deterministic and browsers/CLI keep keys out of the design.
//
// API:
//   interface Exporter { id; label; capabilities; render(device, context) -> ExportResult }
//   ExportResult = { files: { path, content }[]; warnings: ExportWarning[] }
//     - `path` is relative to the device's folder (frr.conf, wg0.conf, swanctl.conf, ...).
//     - a feature the platform cannot express becomes a warning (never silently dropped);
//     - a value that cannot be made safe for the platform throws UnsafeValueError (escape/),
//       whose message names the field.
//   EXPORTERS / getExporter(id) / PLATFORM_IDS in src/exporters/index.ts.
import type { DeviceModel } from '../devices/types';

export type PlatformId = 'frr' | 'ios-xe' | 'junos' | 'eos' | 'wireguard' | 'strongswan';

/** What a platform can express, as data: the bundle and UI show it, exporters warn from it. */
export interface Capabilities {
  bgp: boolean;
  routeMaps: boolean;
  bfd: boolean;
  pbr: boolean;
  slaProbes: boolean;
  ipsec: boolean;
  wireguard: boolean;
}

export interface ExportFile {
  path: string;
  content: string;
}

export interface ExportWarning {
  platform: PlatformId;
  /** Device hostname (node id). */
  device: string;
  /** The design element concerned (link, rule, policy id), when there is one. */
  elementId?: string;
  feature: keyof Capabilities | 'addressing' | 'keys' | 'other';
  message: string;
}

export interface ExportResult {
  files: ExportFile[];
  warnings: ExportWarning[];
}

export interface WireguardKeyPair {
  /** base64, 32 bytes each. */
  privateKey: string;
  publicKey: string;
  /** ISO date the key was generated; rotation is due `rotationDays` later. */
  createdAt: string;
}

/** Where keys come from. Synchronous: callers resolve keys first (see listKeyRefs in
 * src/devices/keys.ts), e.g. the browser store generates missing ones with WebCrypto X25519,
 * the CLI with node:crypto, tests with a deterministic source. */
export interface KeySource {
  /** The key pair for a reference `wg:<nodeId>:<linkId>`. */
  wireguard(ref: string): WireguardKeyPair;
  /** The pre-shared key for `psk:<linkId>` (printable, no quotes). */
  psk(ref: string): string;
}

export interface ExportContext {
  keys: KeySource;
  /** Every device of the design, to look up the other end of a session or tunnel. */
  devices: ReadonlyMap<string, DeviceModel>;
  /** Design name, for file headers (free text: escape it). */
  designName: string;
}

export interface Exporter {
  id: PlatformId;
  label: string;
  capabilities: Capabilities;
  render(device: DeviceModel, context: ExportContext): ExportResult;
}
