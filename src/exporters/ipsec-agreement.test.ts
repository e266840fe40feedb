// Both ends of every IPsec tunnel must agree, whatever platform each end runs: the same cipher
// suite (in each platform's own keywords), overlapping DH groups, the same pre-shared key,
// mirrored outer addresses and identities, the same hard lifetimes, inner addresses on one
// subnet. Nothing here parses IOS-XE or Junos for real (no such parser exists offline), so the
// test reads the rendered text back with small readers and compares the two ends.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDevices } from '../devices/build';
import type { DeviceModel, Tunnel } from '../devices/types';
import { cidrContains } from '../model/ipv4';
import { loadDesignText } from '../model/load';
import { globalEnterprise } from '../model/samples/global-enterprise';
import type { Design } from '../model/types';
import { iosXeExporter } from './ios-xe';
import { junosExporter } from './junos';
import { deterministicKeySource } from './keys/deterministic';
import { strongswanExporter } from './strongswan';
import type { ExportContext, Exporter } from './types';

/** One end of a tunnel, in strongSwan's vocabulary so platforms compare directly. */
interface EndView {
  ike: { cipher: string; prf: string; groups: string[]; lifetimeS: number };
  esp: { cipher: string; groups: string[]; lifetimeS: number };
  localOuter: string;
  remoteOuter: string;
  localId: string;
  remoteId: string;
  psk: string;
  inner: string;
}

const IOS_CIPHER: Record<string, string> = { 'aes-gcm-256': 'aes256gcm16', 'esp-gcm 256': 'aes256gcm16' };
const JUNOS_CIPHER: Record<string, string> = { 'aes-256-gcm': 'aes256gcm16' };
const IOS_GROUP: Record<string, string> = { '20': 'ecp384', '31': 'x25519', '19': 'ecp256' };
const JUNOS_GROUP: Record<string, string> = { group20: 'ecp384', group19: 'ecp256' };
const MASK_LENGTH = (mask: string) =>
  mask.split('.').reduce((n, octet) => n + Number(octet).toString(2).replace(/0/g, '').length, 0);

/** The indented block under the first line matching `header` (IOS: one-space indentation). */
function iosBlock(text: string, header: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(header);
  if (start < 0) throw new Error(`no "${header}" in the IOS-XE config`);
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith(' ')) break;
    out.push(line.trim());
  }
  return out;
}

function value(lines: string[], prefix: string): string {
  const line = lines.find((l) => l.startsWith(prefix));
  if (line === undefined) throw new Error(`no "${prefix}" in ${JSON.stringify(lines)}`);
  return line.slice(prefix.length).trim();
}

function readIosXe(text: string, linkId: string): EndView {
  const proposal = iosBlock(text, 'crypto ikev2 proposal EGRESS-IKEV2');
  const transform = text.match(/^crypto ipsec transform-set \S+ (.+)$/m)?.[1] ?? '';
  const keyring = text.split('\n');
  const peerAt = keyring.indexOf(` peer ${linkId}`);
  const peer = keyring.slice(peerAt + 1, peerAt + 5).map((l) => l.trim());
  const profile = iosBlock(text, `crypto ikev2 profile IKEV2-${linkId}`);
  const ipsec = iosBlock(text, `crypto ipsec profile IPSEC-${linkId}`);
  const tunnelHeader = text
    .split('\n')
    .filter((l) => l.startsWith('interface Tunnel'))
    .find((header) => iosBlock(text, header).includes(`tunnel protection ipsec profile IPSEC-${linkId}`));
  if (!tunnelHeader) throw new Error(`no tunnel interface for ${linkId}`);
  const tunnel = iosBlock(text, tunnelHeader);
  const loopback = iosBlock(text, 'interface Loopback0');
  const [innerAddress, innerMask] = value(tunnel, 'ip address ').split(' ');
  expect(value(tunnel, 'tunnel source ')).toBe('Loopback0');
  expect(value(tunnel, 'tunnel mode ')).toBe('ipsec ipv4');
  return {
    ike: {
      cipher: IOS_CIPHER[value(proposal, 'encryption ')] ?? '?',
      prf: `prf${value(proposal, 'prf ')}`,
      groups: value(proposal, 'group ')
        .split(' ')
        .map((g) => IOS_GROUP[g] ?? g),
      lifetimeS: Number(value(profile, 'lifetime ')),
    },
    esp: {
      cipher: IOS_CIPHER[transform] ?? '?',
      groups: [IOS_GROUP[value(ipsec, 'set pfs group')] ?? '?'],
      lifetimeS: Number(value(ipsec, 'set security-association lifetime seconds ')),
    },
    localOuter: value(loopback, 'ip address ').split(' ')[0] ?? '',
    remoteOuter: value(tunnel, 'tunnel destination '),
    localId: value(profile, 'identity local address '),
    remoteId: value(profile, 'match identity remote address ').split(' ')[0] ?? '',
    psk: value(peer, 'pre-shared-key '),
    inner: `${innerAddress}/${MASK_LENGTH(innerMask ?? '')}`,
  };
}

/** Junos curly-brace text -> nested maps (statements keep their full text as keys). */
type JunosTree = Map<string, JunosTree | true>;
function parseJunos(text: string): JunosTree {
  const root: JunosTree = new Map();
  const stack: JunosTree[] = [root];
  const body = text.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const top = stack[stack.length - 1]!;
    if (line.endsWith('{')) {
      const child: JunosTree = new Map();
      top.set(line.slice(0, -1).trim(), child);
      stack.push(child);
    } else if (line === '}') {
      stack.pop();
    } else {
      top.set(line.replace(/;$/, ''), true);
    }
  }
  expect(stack).toHaveLength(1); // braces balance
  return root;
}

function sub(tree: JunosTree, ...path: string[]): JunosTree {
  let node = tree;
  for (const key of path) {
    const next = node.get(key);
    if (!(next instanceof Map)) throw new Error(`no Junos block ${path.join(' > ')}`);
    node = next;
  }
  return node;
}

function leaf(tree: JunosTree, prefix: string): string {
  const key = [...tree.keys()].find((k) => k.startsWith(prefix));
  if (key === undefined) throw new Error(`no Junos statement "${prefix}"`);
  return key.slice(prefix.length).trim();
}

function readJunos(text: string, linkId: string): EndView {
  const tree = parseJunos(text);
  const ike = sub(tree, 'security', 'ike');
  const proposal = sub(ike, 'proposal EGRESS-IKE');
  const policy = sub(ike, `policy IKE-${linkId}`);
  const gateway = sub(ike, `gateway GW-${linkId}`);
  const ipsec = sub(tree, 'security', 'ipsec');
  const espProposal = sub(ipsec, 'proposal EGRESS-ESP');
  const vpn = sub(ipsec, `vpn VPN-${linkId}`);
  const [physical, unit] = leaf(vpn, 'bind-interface ').split('.');
  const st = sub(tree, 'interfaces', physical ?? '', `unit ${unit}`, 'family inet');
  expect(leaf(proposal, 'authentication-method ')).toBe('pre-shared-keys');
  expect(leaf(gateway, 'version ')).toBe('v2-only');
  return {
    ike: {
      cipher: JUNOS_CIPHER[leaf(proposal, 'encryption-algorithm ')] ?? '?',
      prf: `prf${leaf(proposal, 'authentication-algorithm ').replace('-', '')}`,
      groups: [JUNOS_GROUP[leaf(proposal, 'dh-group ')] ?? '?'],
      lifetimeS: Number(leaf(proposal, 'lifetime-seconds ')),
    },
    esp: {
      cipher: JUNOS_CIPHER[leaf(espProposal, 'encryption-algorithm ')] ?? '?',
      groups: [JUNOS_GROUP[leaf(sub(ipsec, 'policy EGRESS-IPSEC', 'perfect-forward-secrecy'), 'keys ')] ?? '?'],
      lifetimeS: Number(leaf(espProposal, 'lifetime-seconds ')),
    },
    localOuter: leaf(gateway, 'local-address '),
    remoteOuter: leaf(gateway, 'address '),
    localId: leaf(gateway, 'local-identity inet '),
    remoteId: leaf(gateway, 'remote-identity inet '),
    psk: leaf(policy, 'pre-shared-key ascii-text ').replace(/^"|"$/g, ''),
    inner: leaf(st, 'address '),
  };
}

function readStrongswan(text: string, linkId: string): EndView {
  const conn = text.slice(text.indexOf(`  ${linkId} {`));
  const get = (key: string, from = conn) => from.match(new RegExp(`^\\s*${key} = (.+)$`, 'm'))?.[1]?.trim() ?? '';
  const ikeProposals = get('proposals').split(',');
  const child = conn.slice(conn.indexOf('children {'));
  const espProposals = get('esp_proposals', child).split(',');
  const secret = text.slice(text.indexOf(`ike-${linkId} {`));
  const inner = text.match(new RegExp(`\\(${linkId}\\); tunnel interface \\S+ (\\S+)`))?.[1] ?? '';
  return {
    ike: {
      cipher: ikeProposals[0]?.split('-')[0] ?? '?',
      prf: ikeProposals[0]?.split('-')[1] ?? '?',
      groups: ikeProposals.map((p) => p.split('-')[2] ?? '?'),
      lifetimeS: Number.parseInt(get('rekey_time'), 10) + Number.parseInt(get('over_time'), 10),
    },
    esp: {
      cipher: espProposals[0]?.split('-')[0] ?? '?',
      groups: espProposals.map((p) => p.split('-')[1] ?? '?'),
      lifetimeS: Number.parseInt(get('life_time', child), 10),
    },
    localOuter: get('local_addrs'),
    remoteOuter: get('remote_addrs'),
    localId: get('id', conn.slice(conn.indexOf('local {'))),
    remoteId: get('id', conn.slice(conn.indexOf('remote {'))),
    psk: get('secret', secret).replace(/^"|"$/g, ''),
    inner,
  };
}

const READERS: Record<string, (text: string, linkId: string) => EndView> = {
  'ios-xe': readIosXe,
  junos: readJunos,
  strongswan: readStrongswan,
};

function expectAgreement(a: EndView, b: EndView, what: string) {
  expect(a.ike.cipher, `${what}: IKE cipher`).toBe('aes256gcm16');
  expect(b.ike.cipher, `${what}: IKE cipher`).toBe(a.ike.cipher);
  expect(b.ike.prf, `${what}: PRF`).toBe(a.ike.prf);
  expect(a.ike.prf).toBe('prfsha384');
  expect(
    a.ike.groups.filter((g) => b.ike.groups.includes(g)),
    `${what}: common IKE DH group`,
  ).not.toHaveLength(0);
  expect(b.esp.cipher, `${what}: ESP cipher`).toBe(a.esp.cipher);
  expect(a.esp.cipher).toBe('aes256gcm16');
  expect(
    a.esp.groups.filter((g) => b.esp.groups.includes(g)),
    `${what}: common PFS group`,
  ).not.toHaveLength(0);
  expect(b.ike.lifetimeS, `${what}: IKE lifetime`).toBe(a.ike.lifetimeS);
  expect(b.esp.lifetimeS, `${what}: ESP lifetime`).toBe(a.esp.lifetimeS);
  expect(a.remoteOuter, `${what}: outer addresses`).toBe(b.localOuter);
  expect(b.remoteOuter, `${what}: outer addresses`).toBe(a.localOuter);
  expect(a.remoteId, `${what}: identities`).toBe(b.localId);
  expect(b.remoteId, `${what}: identities`).toBe(a.localId);
  expect(a.psk.length, `${what}: PSK`).toBeGreaterThanOrEqual(16);
  expect(b.psk, `${what}: PSK`).toBe(a.psk);
  expect(a.inner).not.toBe(b.inner);
  const [aAddress, aLength] = a.inner.split('/');
  const [bAddress] = b.inner.split('/');
  const subnet = `${aAddress}/${aLength}`;
  expect(cidrContains(networkOf(subnet), `${bAddress}/32`), `${what}: inner addresses share a subnet`).toBe(true);
}

function networkOf(cidr: string): string {
  const [address, lengthText] = cidr.split('/');
  const length = Number(lengthText);
  const value = (address ?? '').split('.').reduce((n, o) => n * 256 + Number(o), 0);
  const base = length === 0 ? 0 : Math.floor(value / 2 ** (32 - length)) * 2 ** (32 - length);
  return `${[base >>> 24, (base >>> 16) & 255, (base >>> 8) & 255, base & 255].join('.')}/${length}`;
}

/** Every sample design (public/designs) plus the built-in one, each with its own context. */
function samples(): Design[] {
  const dir = join(__dirname, '../../public/designs');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json');
  const loaded = files.map((f) => {
    const result = loadDesignText(readFileSync(join(dir, f), 'utf8'), 'json');
    if (!result.ok) throw new Error(`${f} is not a valid design`);
    return result.design;
  });
  return [globalEnterprise(), ...loaded];
}

interface TunnelCase {
  design: string;
  tunnel: Tunnel;
  local: DeviceModel;
  remote: DeviceModel;
  context: ExportContext;
}

const tunnels: TunnelCase[] = samples().flatMap((design) => {
  const { devices } = buildDevices(design);
  const byId = new Map(devices.map((d) => [d.nodeId, d]));
  const context: ExportContext = { keys: deterministicKeySource(), devices: byId, designName: design.meta.name };
  return devices.flatMap((d) =>
    d.tunnels
      .filter((t) => t.kind === 'ipsec' && t.ipsec?.initiator)
      .map((t) => ({ design: design.meta.name, tunnel: t, local: d, remote: byId.get(t.remote.nodeId)!, context })),
  );
});
const EXPORTERS_BY_ID: Record<string, Exporter> = {
  'ios-xe': iosXeExporter,
  junos: junosExporter,
  strongswan: strongswanExporter,
};

function view(platform: string, device: DeviceModel, linkId: string, context: ExportContext): EndView {
  const exporter = EXPORTERS_BY_ID[platform]!;
  const files = exporter.render(device, context).files;
  const file = files.find((f) => f.path.endsWith('.cfg') || f.path.endsWith('.conf'));
  if (!file) throw new Error(`${platform} rendered no config for ${device.hostname}`);
  return READERS[platform]!(file.content, linkId);
}

describe('both ends of every IPsec tunnel agree across platforms', () => {
  it('the samples have IPsec tunnels to check', () => {
    expect(tunnels.length).toBeGreaterThanOrEqual(10);
    expect(new Set(tunnels.map((t) => t.design)).size).toBeGreaterThanOrEqual(3);
  });

  const pairs = [
    ['ios-xe', 'junos'],
    ['junos', 'ios-xe'],
    ['ios-xe', 'ios-xe'],
    ['junos', 'junos'],
    ['ios-xe', 'strongswan'],
    ['strongswan', 'junos'],
  ] as const;
  for (const [a, b] of pairs) {
    it(`${a} end with a ${b} end`, () => {
      for (const { design, tunnel, local, remote, context } of tunnels) {
        expectAgreement(
          view(a, local, tunnel.linkId, context),
          view(b, remote, tunnel.linkId, context),
          `${design}: ${tunnel.linkId} (${a}/${b})`,
        );
      }
    });
  }

  it('catches a mismatch: a different key on one end fails the check', () => {
    const { tunnel, local, remote, context } = tunnels[0]!;
    const a = view('ios-xe', local, tunnel.linkId, context);
    const b = { ...view('junos', remote, tunnel.linkId, context), psk: 'another-pre-shared-key-000' };
    expect(() => expectAgreement(a, b, 'tampered')).toThrow(/PSK/);
  });
});
