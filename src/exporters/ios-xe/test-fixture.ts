// A small design that exercises every vendor feature at once, for the IOS-XE, Junos and EOS
// unit tests: BFD, an SD-WAN-probed link a PBR rule tracks, IPsec and WireGuard tunnels,
// inbound/outbound policies with prefix matches, weight and prepend, and a drop rule.
import { buildDevices } from '../../devices/build';
import type { DeviceModel } from '../../devices/types';
import { DesignBuilder } from '../../model/samples/builder';
import type { Design } from '../../model/types';
import { deterministicKeySource } from '../keys/deterministic';
import type { ExportContext, Exporter, ExportResult } from '../types';

export function featureDesign(tune: (b: DesignBuilder) => void = () => {}): Design {
  const b = new DesignBuilder('Feature test');
  b.site('site-a', { name: 'Site A', country: 'DE', asn: 65001, x: 0, y: 0, prefixes: ['10.1.0.0/16'] });
  b.hub('hub-1', { name: 'Hub 1', country: 'DE', asn: 65010, x: 1, y: 0 });
  b.hub('hub-2', { name: 'Hub 2', country: 'NL', asn: 65020, x: 1, y: 1 });
  b.internet('inet', { name: 'Internet', country: 'US', asn: 64900, x: 2, y: 0, prefixes: ['0.0.0.0/0'] });
  b.link('a-h1', 'site-a', 'hub-1', 'internet', { mechanism: 'sdwan-probe' });
  b.link('a-h2', 'site-a', 'hub-2', 'internet', { encapsulation: 'ipsec' });
  b.link('a-h2-wg', 'site-a', 'hub-2', 'internet', { encapsulation: 'wireguard' });
  b.link('h1-h2', 'hub-1', 'hub-2', 'mpls', { mechanism: 'bfd' });
  b.link('h1-inet', 'hub-1', 'inet', 'internet');
  b.bgpPolicy({
    id: 'prefer-h1',
    router: 'site-a',
    neighbor: 'hub-1',
    direction: 'in',
    prefixes: ['10.100.0.0/16'],
    set: { localPref: 200 },
  });
  b.bgpPolicy({ id: 'weigh-h1', router: 'site-a', neighbor: 'hub-1', direction: 'in', set: { weight: 300 } });
  b.bgpPolicy({ id: 'h2-backup', router: 'hub-2', direction: 'out', set: { asPathPrepend: 2, med: 50 } });
  b.pbrRule({
    id: 'video-h1',
    name: 'Video via hub 1',
    appliesTo: ['site-a'],
    match: { protocol: 'udp', ports: ['3478-3481'], dscp: [46], destinationPrefixes: ['10.100.0.0/16'] },
    action: { nextHop: 'hub-1' },
  });
  b.pbrRule({
    id: 'no-lab',
    appliesTo: ['site-a'],
    match: { destinationPrefixes: ['10.66.0.0/16'] },
    action: { drop: true },
  });
  tune(b);
  return b.build();
}

export function devicesOf(design: Design): Map<string, DeviceModel> {
  return new Map(buildDevices(design).devices.map((d) => [d.nodeId, d]));
}

/** Renders one device of the design with deterministic keys. */
export function render(exporter: Exporter, design: Design, nodeId: string): ExportResult & { text: string } {
  const devices = devicesOf(design);
  const context: ExportContext = { keys: deterministicKeySource(), devices, designName: design.meta.name };
  const device = devices.get(nodeId);
  if (!device) throw new Error(`no device ${nodeId}`);
  const result = exporter.render(device, context);
  return { ...result, text: result.files.map((f) => f.content).join('\n') };
}
