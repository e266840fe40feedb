// Both ends of every BGP session agree across IOS-XE, Junos and EOS: each side's neighbour
// statement points at the address the other side configures on its link interface, with the
// other side's ASN, the same hold time and the same BFD setting, and both interfaces sit on one
// subnet. Read back from the rendered text, since nothing here parses these dialects for real.
import { describe, expect, it } from 'vitest';
import { buildDevices } from '../devices/build';
import type { DeviceModel } from '../devices/types';
import { cidrContains } from '../model/ipv4';
import { globalEnterprise } from '../model/samples/global-enterprise';
import { eosExporter } from './eos';
import { iosXeExporter } from './ios-xe';
import { junosExporter } from './junos';
import { deterministicKeySource } from './keys/deterministic';
import type { ExportContext, Exporter } from './types';

interface Neighbor {
  remoteAs: number;
  holdS: number;
  bfd: boolean;
}

interface RouterView {
  asn: number;
  /** Interface addresses as CIDR (10.254.0.1/31). */
  addresses: string[];
  neighbors: Map<string, Neighbor>;
}

const maskLength = (mask: string) =>
  mask.split('.').reduce((n, octet) => n + Number(octet).toString(2).replace(/0/g, '').length, 0);

function readIos(text: string): RouterView {
  const asn = Number(text.match(/^router bgp (\d+)$/m)?.[1]);
  const addresses = [...text.matchAll(/^ ip address (\S+) (\S+)$/gm)].map((m) => `${m[1]}/${maskLength(m[2]!)}`);
  const neighbors = new Map<string, Neighbor>();
  for (const m of text.matchAll(/^ neighbor (\S+) remote-as (\d+)$/gm)) {
    const peer = m[1]!;
    const hold = text.match(new RegExp(`^ neighbor ${peer.replace(/\./g, '\\.')} timers \\d+ (\\d+)$`, 'm'))?.[1];
    neighbors.set(peer, {
      remoteAs: Number(m[2]),
      holdS: Number(hold),
      bfd: text.includes(` neighbor ${peer} fall-over bfd\n`),
    });
  }
  return { asn, addresses, neighbors };
}

function readEos(text: string): RouterView {
  const asn = Number(text.match(/^router bgp (\d+)$/m)?.[1]);
  const addresses = [...text.matchAll(/^ {3}ip address (\S+)$/gm)].map((m) => m[1]!);
  const neighbors = new Map<string, Neighbor>();
  for (const m of text.matchAll(/^ {3}neighbor (\S+) remote-as (\d+)$/gm)) {
    const peer = m[1]!;
    const hold = text.match(new RegExp(`^ {3}neighbor ${peer.replace(/\./g, '\\.')} timers \\d+ (\\d+)$`, 'm'))?.[1];
    neighbors.set(peer, {
      remoteAs: Number(m[2]),
      holdS: Number(hold),
      bfd: text.includes(`   neighbor ${peer} bfd\n`),
    });
  }
  return { asn, addresses, neighbors };
}

function readJunos(text: string): RouterView {
  const body = text.replace(/\/\*[\s\S]*?\*\//g, '');
  const asn = Number(body.match(/autonomous-system (\d+);/)?.[1]);
  const interfaces = body.slice(body.indexOf('interfaces {'), body.indexOf('routing-options {'));
  const addresses = [...interfaces.matchAll(/address (\S+);/g)].map((m) => m[1]!);
  const neighbors = new Map<string, Neighbor>();
  for (const m of body.matchAll(/neighbor (\S+) \{([\s\S]*?)\n {12}\}/g)) {
    const block = m[2]!;
    neighbors.set(m[1]!, {
      remoteAs: Number(block.match(/peer-as (\d+);/)?.[1] ?? asn),
      holdS: Number(block.match(/hold-time (\d+);/)?.[1]),
      bfd: block.includes('bfd-liveness-detection'),
    });
  }
  return { asn, addresses, neighbors };
}

const PLATFORMS: { exporter: Exporter; read: (text: string) => RouterView }[] = [
  { exporter: iosXeExporter, read: readIos },
  { exporter: junosExporter, read: readJunos },
  { exporter: eosExporter, read: readEos },
];

const design = globalEnterprise();
const { devices } = buildDevices(design);
const byId = new Map(devices.map((d) => [d.nodeId, d]));
const context: ExportContext = { keys: deterministicKeySource(), devices: byId, designName: design.meta.name };

const views = new Map<string, RouterView>();
function view(platform: (typeof PLATFORMS)[number], device: DeviceModel): RouterView {
  const key = `${platform.exporter.id}/${device.nodeId}`;
  const cached = views.get(key);
  if (cached) return cached;
  const file = platform.exporter.render(device, context).files[0];
  if (!file) throw new Error(`${platform.exporter.id} rendered nothing for ${device.hostname}`);
  const read = platform.read(file.content);
  views.set(key, read);
  return read;
}

describe('both ends of every BGP session agree across IOS-XE, Junos and EOS', () => {
  for (const a of PLATFORMS) {
    for (const b of PLATFORMS) {
      it(`${a.exporter.id} with ${b.exporter.id}`, () => {
        let checked = 0;
        for (const link of design.links) {
          const left = view(a, byId.get(link.source)!);
          const right = view(b, byId.get(link.target)!);
          const model = byId.get(link.source)!.bgp.neighbors.find((n) => n.linkId === link.id)!;
          const leftAddress = model.localAddress;
          const rightAddress = model.peerAddress;
          const toRight = left.neighbors.get(rightAddress);
          const toLeft = right.neighbors.get(leftAddress);
          expect(toRight, `${link.id}: ${a.exporter.id} has a neighbour ${rightAddress}`).toBeDefined();
          expect(toLeft, `${link.id}: ${b.exporter.id} has a neighbour ${leftAddress}`).toBeDefined();
          expect(toRight!.remoteAs, `${link.id}: remote-as`).toBe(right.asn);
          expect(toLeft!.remoteAs, `${link.id}: remote-as`).toBe(left.asn);
          expect(toRight!.holdS, `${link.id}: hold time`).toBe(toLeft!.holdS);
          expect(toRight!.bfd, `${link.id}: BFD on both ends or neither`).toBe(toLeft!.bfd);
          // Interfaces each platform can carry (not EOS IPsec, no vendor WireGuard) must be configured.
          const leftIface = left.addresses.find((c) => c.startsWith(`${leftAddress}/`));
          const rightIface = right.addresses.find((c) => c.startsWith(`${rightAddress}/`));
          if (link.encapsulation === 'none') {
            expect(leftIface, `${link.id}: ${a.exporter.id} interface ${leftAddress}`).toBeDefined();
            expect(rightIface, `${link.id}: ${b.exporter.id} interface ${rightAddress}`).toBeDefined();
          }
          if (leftIface && rightIface) {
            const [network, length] = subnetOf(leftIface);
            expect(cidrContains(`${network}/${length}`, `${rightAddress}/32`), `${link.id}: one subnet`).toBe(true);
          }
          checked++;
        }
        expect(checked).toBe(design.links.length);
      });
    }
  }
});

function subnetOf(cidr: string): [string, number] {
  const [address, lengthText] = cidr.split('/');
  const length = Number(lengthText);
  const value = (address ?? '').split('.').reduce((n, o) => n * 256 + Number(o), 0);
  const size = 2 ** (32 - length);
  const base = Math.floor(value / size) * size;
  return [[base >>> 24, (base >>> 16) & 255, (base >>> 8) & 255, base & 255].join('.'), length];
}
