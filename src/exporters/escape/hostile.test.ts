// Hostile names can never inject a config line. Every registered exporter renders every device
// twice: with plain descriptions and with hostile ones (newlines, quotes, `!`, `}`, `;`, `#`,
// backslashes, Unicode line separators, combining marks). Removing the characters free text may
// contain (letters, digits, space, `_.,:/()+@=-`) from each line must leave the same skeleton
// line by line: hostile text changed what a description says, never the structure around it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDevices } from '../../devices/build';
import type { DeviceModel } from '../../devices/types';
import { globalEnterprise } from '../../model/samples/global-enterprise';
import { DesignSchema } from '../../model/schema';
import { exportBundle } from '../bundle/export';
import { frrExporter } from '../frr';
import { EXPORTERS, PLATFORM_IDS } from '../index';
import { deterministicKeySource } from '../keys/deterministic';
import { strongswanExporter } from '../strongswan';
import type { ExportContext, ExportFile } from '../types';
import { wireguardExporter } from '../wireguard';
import { safeText, UnsafeValueError } from '.';

const HOSTILE = [
  'x\nrouter bgp 1',
  'x\r\n! comment\n}',
  'x"; exec "rm -rf /',
  "x' } connections { evil {",
  'x # } ; ! \\ ` $(reboot)',
  'x\u2028line\u2029para\u0085nel',
  'Zürich Ä ﬁ 東京 🚀 é',
  'x\tinterface eth9\n ip address 1.2.3.4/32',
  'x\u0000nul',
];

const skeleton = (line: string) => line.replace(/[A-Za-z0-9 _.,:/()+@=-]/g, '');

function withText(device: DeviceModel, text: string): DeviceModel {
  const d = structuredClone(device);
  d.description = text;
  for (const i of d.interfaces) i.description = text;
  for (const n of d.bgp.neighbors) n.description = text;
  for (const t of d.tunnels) t.description = text;
  for (const s of d.staticRoutes) s.description = text;
  for (const r of d.pbr?.rules ?? []) r.description = text;
  return d;
}

function sameStructure(plain: ExportFile[], hostile: ExportFile[], label: string) {
  expect(
    hostile.map((f) => f.path),
    label,
  ).toEqual(plain.map((f) => f.path));
  plain.forEach((file, i) => {
    const a = file.content.split('\n');
    const b = hostile[i]!.content.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/);
    expect(b.length, `${label} ${file.path}: line count`).toBe(a.length);
    a.forEach((line, j) => {
      expect(skeleton(b[j]!), `${label} ${file.path}:${j + 1}`).toBe(skeleton(line));
    });
  });
}

const design = globalEnterprise();
const { devices } = buildDevices(design);
const keys = deterministicKeySource();
const context = (designName: string): ExportContext => ({
  keys,
  devices: new Map(devices.map((d) => [d.nodeId, d])),
  designName,
});

describe('hostile free text at every exporter', () => {
  for (const exporter of EXPORTERS) {
    it(`${exporter.id}: listed hostile names change no line's structure`, () => {
      for (const text of HOSTILE) {
        for (const device of devices) {
          const plain = exporter.render(withText(device, 'plain'), context('plain')).files;
          const hostile = exporter.render(withText(device, text), context(text)).files;
          sameStructure(plain, hostile, `${exporter.id} ${device.hostname} ${JSON.stringify(text)}`);
        }
      }
    });

    it(`${exporter.id}: random names change no line's structure`, () => {
      const someDevices = devices.filter((d) => d.tunnels.length > 0 || d.pbr).slice(0, 4);
      fc.assert(
        fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }), (raw) => {
          const text = `a${raw}`;
          for (const device of someDevices) {
            const plain = exporter.render(withText(device, 'plain'), context('plain')).files;
            const hostile = exporter.render(withText(device, text), context(text)).files;
            sameStructure(plain, hostile, `${exporter.id} ${device.hostname} ${JSON.stringify(text)}`);
          }
        }),
        { numRuns: 60 },
      );
    });
  }

  it('through a whole design: hostile node, link, policy and design names', () => {
    const hostileDesign = (name: (i: number) => string) => {
      const copy = structuredClone(design);
      copy.meta.name = name(0);
      copy.nodes.forEach((n, i) => {
        n.name = name(i);
      });
      copy.links.forEach((l, i) => {
        l.name = name(i + 100);
      });
      copy.bgpPolicies.forEach((p, i) => {
        p.name = name(i + 200);
      });
      return DesignSchema.parse(copy);
    };
    const singleLine = HOSTILE.map((h) =>
      h.replaceAll('\r', ' ').replaceAll('\n', ' ').replaceAll(String.fromCharCode(0), ' '),
    );
    const options = { keys, generatedAt: '2026-01-01T00:00:00.000Z', platforms: [...PLATFORM_IDS] };
    const plain = exportBundle(
      hostileDesign(() => 'plain'),
      options,
    ).files.filter((f) => f.path !== 'inventory.json');
    const hostile = exportBundle(
      hostileDesign((i) => singleLine[i % singleLine.length]!),
      options,
    ).files.filter((f) => f.path !== 'inventory.json');
    sameStructure(plain, hostile, 'bundle');
  });
});

describe('exact values that cannot be made safe are refused, naming the field', () => {
  const tunnelDevice = devices.find((d) => d.tunnels.some((t) => t.kind === 'wireguard'))!;
  const ipsecDevice = devices.find((d) => d.tunnels.some((t) => t.kind === 'ipsec'))!;
  const cases: [string, () => unknown, RegExp][] = [
    [
      'FRR interface name',
      () => {
        const d = structuredClone(tunnelDevice);
        d.interfaces[1]!.name = 'eth0\nrouter bgp 1';
        return frrExporter.render(d, context('x'));
      },
      /frr: node '.*' interface name/,
    ],
    [
      'FRR route-map name',
      () => {
        const d = structuredClone(tunnelDevice);
        d.bgp.neighbors[0]!.routeMapIn = 'RM "x"';
        return frrExporter.render(d, context('x'));
      },
      /frr: route-map name/,
    ],
    [
      'WireGuard key',
      () =>
        wireguardExporter.render(tunnelDevice, {
          ...context('x'),
          keys: { ...keys, wireguard: () => ({ privateKey: 'abc\n[Peer]', publicKey: 'x', createdAt: '2026-01-01' }) },
        }),
      /wireguard: link '.*' private key/,
    ],
    [
      'strongSwan pre-shared key',
      () => strongswanExporter.render(ipsecDevice, { ...context('x'), keys: { ...keys, psk: () => 'short"}' } }),
      /strongswan: link '.*' pre-shared key/,
    ],
    [
      'strongSwan outer address',
      () => {
        const d = structuredClone(ipsecDevice);
        d.tunnels.find((t) => t.kind === 'ipsec')!.remote.outerAddress = '10.0.0.1 }';
        return strongswanExporter.render(d, context('x'));
      },
      /strongswan: link '.*' remote outer address/,
    ],
  ];
  for (const [name, render, message] of cases) {
    it(name, () => {
      expect(render).toThrow(UnsafeValueError);
      expect(render).toThrow(message);
    });
  }
});

describe('safeText', () => {
  it('keeps plain text, folds accents, replaces the rest', () => {
    expect(safeText('New York HQ (primary)')).toBe('New York HQ (primary)');
    expect(safeText('Zürich')).toBe('Zurich');
    expect(safeText('a"b;c}d!e#f')).toBe('a_b_c_d_e_f');
    expect(safeText('  two\n\nlines  ')).toBe('two lines');
    expect(safeText('x'.repeat(100), 10)).toBe('x'.repeat(10));
  });
});
