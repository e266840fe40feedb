// Names and descriptions come from users (and from shared links): they must never inject a
// config line on any platform. Every registered exporter renders the sample twice, once with
// benign text and once with hostile text in every free-text field; the hostile output must have
// the same files, the same number of lines, the same keyword starting every line, and only safe
// characters where the text differs. Exact values (identifiers, keys) that cannot be made safe
// must fail with an UnsafeValueError naming the field, never render.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDevices } from '../devices/build';
import type { DeviceModel } from '../devices/types';
import { globalEnterprise } from '../model/samples/global-enterprise';
import { DesignSchema } from '../model/schema';
import type { Design } from '../model/types';
import { safeText, UnsafeValueError } from './escape';
import { EXPORTERS } from './index';
import { deterministicKeySource } from './keys/deterministic';
import type { ExportContext, Exporter, ExportFile, KeySource } from './types';

/** Printable, single-line and at most 80 characters: what the schema lets through. */
const HOSTILE_NAMES = [
  'Evil" ; } system { root-authentication',
  "it's !exit\\ # comment",
  '}}}}; delete; {{{{',
  'neighbor 1.2.3.4 remote-as 666',
  '$(reboot) `rm -rf /` %s %n',
  'Zürich – 北京 – Москва 🚀',
  'x'.repeat(80),
  '<script>alert(1)</script> & [brackets]',
];
/** What free text may become after escaping (escape/safeText's alphabet). */
const SAFE_MIDDLE = /^[A-Za-z0-9 _.,:/()+@=-]*$/;
const BENIGN = 'Benign name';

function withNames(design: Design, name: (i: number) => string): Design {
  let i = 0;
  const next = () => name(i++);
  return {
    ...design,
    meta: { ...design.meta, name: next() },
    nodes: design.nodes.map((n) => ({ ...n, name: next() })),
    links: design.links.map((l) => ({ ...l, name: next() })),
    bgpPolicies: design.bgpPolicies.map((p) => ({ ...p, name: next() })),
    pbrRules: design.pbrRules.map((r) => ({ ...r, name: next() })),
  };
}

function renderAll(devices: DeviceModel[], designName: string, keys: KeySource = deterministicKeySource()) {
  const context: ExportContext = { keys, devices: new Map(devices.map((d) => [d.nodeId, d])), designName };
  const out = new Map<string, ExportFile[]>();
  for (const exporter of EXPORTERS) {
    for (const device of devices) out.set(`${exporter.id}/${device.hostname}`, exporter.render(device, context).files);
  }
  return out;
}

/** The keyword a line starts with, and its indentation: what an injected line would change. */
const shape = (line: string) => line.match(/^\s*[^\s"]*/)?.[0] ?? '';

function differingMiddle(a: string, b: string): string {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return b.slice(start, b.length - end);
}

function expectSameShape(benign: Map<string, ExportFile[]>, hostile: Map<string, ExportFile[]>) {
  expect([...hostile.keys()]).toEqual([...benign.keys()]);
  for (const [key, files] of benign) {
    const other = hostile.get(key)!;
    expect(
      other.map((f) => f.path),
      key,
    ).toEqual(files.map((f) => f.path));
    files.forEach((file, i) => {
      const a = file.content.split('\n');
      const b = other[i]!.content.split('\n');
      expect(b.length, `${key}/${file.path}: line count`).toBe(a.length);
      a.forEach((line, n) => {
        const hostileLine = b[n]!;
        if (line === hostileLine) return;
        expect(shape(hostileLine), `${key}/${file.path}:${n + 1} starts differently: ${hostileLine}`).toBe(shape(line));
        expect(differingMiddle(line, hostileLine), `${key}/${file.path}:${n + 1}: ${hostileLine}`).toMatch(SAFE_MIDDLE);
      });
    });
  }
}

const sample = globalEnterprise();

describe('hostile names cannot inject configuration lines', () => {
  it('covers every registered exporter', () => {
    expect(EXPORTERS.map((e) => e.id).sort()).toEqual(['eos', 'frr', 'ios-xe', 'junos', 'strongswan', 'wireguard']);
  });

  const benignDesign = withNames(sample, () => BENIGN);
  const benign = renderAll(buildDevices(benignDesign).devices, benignDesign.meta.name);

  for (const hostileName of HOSTILE_NAMES) {
    it(`names like ${JSON.stringify(hostileName.slice(0, 40))} render with the same line shapes everywhere`, () => {
      const design = withNames(sample, () => hostileName);
      // The schema accepts these names: the exporters, not validation, must make them safe.
      expect(DesignSchema.safeParse(design).success).toBe(true);
      expectSameShape(benign, renderAll(buildDevices(design).devices, design.meta.name));
    });
  }

  it('arbitrary text in every free-text field of the device model (newlines included) is neutralised', () => {
    const { devices } = buildDevices(sample);
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('\n', '\r', '"', "'", '}', '{', ';', '#', '!', '\\', '`', '$', '\u2028', '\u0085', '\t'),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 120,
    });
    const withText = (t: string) =>
      devices.map((d) => ({
        ...d,
        description: t,
        interfaces: d.interfaces.map((i) => ({ ...i, description: t })),
        bgp: { ...d.bgp, neighbors: d.bgp.neighbors.map((n) => ({ ...n, description: t })) },
        staticRoutes: d.staticRoutes.map((r) => ({ ...r, description: t })),
        tunnels: d.tunnels.map((tu) => ({ ...tu, description: t })),
        pbr: d.pbr ? { ...d.pbr, rules: d.pbr.rules.map((r) => ({ ...r, description: t })) } : null,
      }));
    const benignDevices = renderAll(withText(BENIGN), BENIGN);
    // Text that escapes to nothing drops its optional description lines: compare with empty text.
    const emptyDevices = renderAll(withText(''), '');
    fc.assert(
      fc.property(text, (t) => {
        expectSameShape(safeText(t) === '' ? emptyDevices : benignDevices, renderAll(withText(t), t));
      }),
      { numRuns: 60 },
    );
  });
});

describe('exact values that cannot be made safe are refused, naming the field', () => {
  const { devices } = buildDevices(sample);
  const INJECT = 'x\ninjected-line 666';
  const mutations: { field: string; mutate: (d: DeviceModel) => DeviceModel }[] = [
    { field: 'hostname', mutate: (d) => ({ ...d, hostname: INJECT }) },
    {
      field: 'route-map',
      mutate: (d) => ({
        ...d,
        routeMaps: d.routeMaps.map((m) => ({ ...m, name: INJECT })),
        bgp: { ...d.bgp, neighbors: d.bgp.neighbors.map((n) => ({ ...n, routeMapIn: INJECT })) },
      }),
    },
    {
      field: 'prefix-list',
      mutate: (d) => ({ ...d, prefixLists: d.prefixLists.map((l) => ({ ...l, name: INJECT })) }),
    },
    {
      field: 'neighbor',
      mutate: (d) => ({
        ...d,
        bgp: { ...d.bgp, neighbors: d.bgp.neighbors.map((n) => ({ ...n, peerAddress: INJECT })) },
      }),
    },
    {
      field: 'link id',
      mutate: (d) => ({ ...d, tunnels: d.tunnels.map((t) => ({ ...t, linkId: INJECT })) }),
    },
  ];

  const injected = (files: ExportFile[]) =>
    files.some((f) => f.content.split('\n').some((l) => l.trim().startsWith('injected-line')));

  for (const exporter of EXPORTERS) {
    for (const { field, mutate } of mutations) {
      it(`${exporter.id}: a hostile ${field} is refused or never reaches a line start`, () => {
        const mutated = devices.map(mutate);
        const context: ExportContext = {
          keys: deterministicKeySource(),
          devices: new Map(mutated.map((d) => [d.nodeId, d])),
          designName: 'x',
        };
        let refused = 0;
        for (const device of mutated) {
          try {
            expect(injected(exporter.render(device, context).files), `${exporter.id} ${device.nodeId}`).toBe(false);
          } catch (error) {
            if (!(error instanceof UnsafeValueError)) throw error;
            expect(error.platform).toBe(exporter.id);
            expect(error.message).toMatch(/cannot be exported safely/);
            expect(error.field.length).toBeGreaterThan(0);
            refused++;
          }
        }
        expect(refused + mutated.length).toBeGreaterThan(0);
      });
    }
  }

  it('a hostile pre-shared key or WireGuard key from the key source is refused by every exporter that uses it', () => {
    const hostileKeys: KeySource = {
      psk: () => 'short"\ninjected-line',
      wireguard: () => ({ privateKey: 'bad\ninjected-line', publicKey: 'bad', createdAt: '2026-01-01' }),
    };
    const users = new Map<string, number>();
    for (const exporter of EXPORTERS as readonly Exporter[]) {
      const context: ExportContext = {
        keys: hostileKeys,
        devices: new Map(devices.map((d) => [d.nodeId, d])),
        designName: 'x',
      };
      for (const device of devices) {
        try {
          expect(injected(exporter.render(device, context).files)).toBe(false);
        } catch (error) {
          expect(error).toBeInstanceOf(UnsafeValueError);
          users.set(exporter.id, (users.get(exporter.id) ?? 0) + 1);
        }
      }
    }
    // The platforms that carry keys (IOS-XE, Junos: PSKs; WireGuard; strongSwan) refused them.
    expect([...users.keys()].sort()).toEqual(expect.arrayContaining(['ios-xe', 'junos', 'strongswan', 'wireguard']));
  });
});
