// What the lab loads into each router: the device model and the FRR exporter's frr.conf, the
// same files a user downloads. Every node runs FRR here whatever its export platform: the lab
// tests the routing design, not vendor syntax (the FRR exporter renders any DeviceModel).
import { buildDevices } from '../devices/build';
import type { DeviceModel } from '../devices/types';
import { frrExporter } from '../exporters/frr';
import type { ExportContext, KeySource } from '../exporters/types';
import type { Design } from '../model/types';
import { LabError } from './run';

export interface RouterConfig {
  device: DeviceModel;
  frrConf: string;
}

/** FRR's config carries no key material; tunnels become plain links in the lab. A placeholder
 * source satisfies the exporter contract without generating or touching real keys. */
const NO_KEYS: KeySource = {
  wireguard: () => ({ privateKey: '', publicKey: '', createdAt: '1970-01-01' }),
  psk: () => 'lab-no-psk',
};

/** Throws a LabError listing every device problem marked as an error. */
export function labConfigs(design: Design, options: { fastTimers: boolean }): RouterConfig[] {
  const set = buildDevices(design, { fastTimers: options.fastTimers });
  const errors = set.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new LabError(
      `the design cannot be turned into router configs:\n${errors.map((p) => `  ${p.elementId}: ${p.message}`).join('\n')}`,
    );
  }
  const context: ExportContext = {
    keys: NO_KEYS,
    devices: new Map(set.devices.map((d) => [d.nodeId, d])),
    designName: design.meta.name,
  };
  return set.devices.map((device) => {
    const result = frrExporter.render(device, context);
    const file = result.files.find((f) => f.path === 'frr.conf');
    if (!file) throw new LabError(`the FRR exporter produced no frr.conf for ${device.nodeId}`);
    return { device, frrConf: file.content };
  });
}
