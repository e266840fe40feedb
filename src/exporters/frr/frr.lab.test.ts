// Every exported frr.conf of every sample design on real FRR 8.4: the grammar check
// (`vtysh -C -f`) and a load into throwaway daemons in a private namespace, where any output
// from vtysh is a failure (it exits 0 when a daemon rejects a line). Fails, never skips, when
// root or FRR is missing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDevices } from '../../devices/build';
import type { DeviceModel } from '../../devices/types';
import { LabHost, namespaceName, type RouterHandle } from '../../lab/netns';
import { labPrerequisites } from '../../lab/prerequisites';
import { inBatches } from '../../lab/topology';
import { SAMPLES } from '../../model/samples';
import type { Design } from '../../model/types';
import { allFeaturesDesign } from '../fixtures/all-features';
import { deterministicKeySource } from '../keys/deterministic';
import type { ExportContext } from '../types';
import { frrExporter } from '.';

const DESIGNS: Record<string, () => Design> = {
  ...Object.fromEntries(SAMPLES.map((s) => [s.file.replace(/\.json$/, ''), s.build])),
  // Reaches what the samples do not: iBGP, allowas-in, as-override, every knob, PBR ports/DSCP.
  'all-features': allFeaturesDesign,
};

function render(stem: string, fastTimers: boolean) {
  const design = DESIGNS[stem]!();
  const set = buildDevices(design, { fastTimers });
  const context: ExportContext = {
    keys: deterministicKeySource(),
    devices: new Map(set.devices.map((d) => [d.nodeId, d])),
    designName: design.meta.name,
  };
  return set.devices.map((device) => ({ device, conf: frrExporter.render(device, context).files[0]!.content }));
}

const stems = Object.keys(DESIGNS);
let scratch = '';

beforeAll(() => {
  expect(labPrerequisites({ needNft: false }), 'the FRR lab tests need root and FRR 8.4').toEqual([]);
  scratch = mkdtempSync(join(tmpdir(), 'egress-frr-check-'));
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('frr.conf passes vtysh -C (grammar)', () => {
  for (const stem of stems) {
    for (const fastTimers of [false, true]) {
      it(`${stem}${fastTimers ? ' (fast timers)' : ''}`, () => {
        for (const { device, conf } of render(stem, fastTimers)) {
          const file = join(scratch, `${stem}-${device.hostname}.conf`);
          writeFileSync(file, conf);
          const result = spawnSync('vtysh', ['-C', '-f', file], { encoding: 'utf8' });
          expect(`${result.stdout}${result.stderr}`.trim(), `${stem}/${device.hostname}/frr.conf`).toBe('');
          expect(result.status, `${stem}/${device.hostname}/frr.conf`).toBe(0);
        }
      });
    }
  }
});

describe('frr.conf loads into FRR daemons without a word of complaint', () => {
  for (const stem of stems) {
    it(`${stem}`, async () => {
      // One host per design (one teardown), routers two at a time: the machine has 2 cores.
      const host = new LabHost();
      try {
        await inBatches(render(stem, stem === 'hub-and-spoke'), 2, async ({ device, conf }) => {
          const ns = namespaceName();
          await host.addNamespace(ns);
          const router = await host.startFrr(ns);
          await host.pushConfig(router, conf, `${stem}/${device.hostname}`);
          await checkRunning(host, router, device);
        });
      } finally {
        await host.teardown();
      }
      expect(host.inventory().namespaces.length).toBe(DESIGNS[stem]!().nodes.length);
    });
  }
});

describe('the checks can fail', () => {
  it('vtysh -C refuses a grammar error, and the daemons complain about what parses but is wrong', async () => {
    const { conf } = render('hub-and-spoke', false)[0]!;
    const bad = join(scratch, 'bad.conf');
    writeFileSync(bad, conf.replace(' bgp log-neighbor-changes', ' bgp log-neighbour-changes'));
    expect(spawnSync('vtysh', ['-C', '-f', bad], { encoding: 'utf8' }).status).not.toBe(0);
    // Grammar-valid, but the route-map is used before it exists: only a real bgpd says so.
    const early = conf.replace(/^(route-map .*\n(?:.*\n)*?exit\n!\n)+/m, '');
    expect(early).not.toBe(conf);
    const host = new LabHost();
    try {
      const ns = namespaceName();
      await host.addNamespace(ns);
      const router = await host.startFrr(ns);
      await expect(host.pushConfig(router, early, 'route-maps removed')).rejects.toThrow(/route-map/);
    } finally {
      await host.teardown();
    }
  });
});

/** The daemons hold what the design says, not only what parses. */
async function checkRunning(host: LabHost, router: RouterHandle, device: DeviceModel): Promise<void> {
  const running = await host.vtysh(router, ['show running-config']);
  expect(running).toContain(`router bgp ${device.bgp.asn}`);
  expect(running).toContain(`maximum-paths ${device.bgp.maximumPaths}`);
  if (device.bgp.compareRouterId) expect(running).toContain('bgp bestpath compare-routerid');
  const peers = await host.showJson<{ ipv4Unicast?: { peers?: Record<string, unknown> } }>(
    router,
    'show bgp summary json',
  );
  expect(Object.keys(peers.ipv4Unicast?.peers ?? {}).sort()).toEqual(
    device.bgp.neighbors.map((n) => n.peerAddress).sort(),
  );
  for (const n of device.bgp.neighbors) {
    expect(running).toContain(`neighbor ${n.peerAddress} route-map ${n.routeMapIn} in`);
    expect(running).toContain(`neighbor ${n.peerAddress} route-map ${n.routeMapOut} out`);
  }
  if (device.bfdPeers.length > 0) {
    const bfd = await host.vtysh(router, ['show running-config bfdd']);
    for (const peer of device.bfdPeers) expect(bfd).toContain(`peer ${peer.peerAddress}`);
  }
  if (device.pbr) expect(await host.vtysh(router, ['show pbr map'])).toContain(device.pbr.name);
  for (const n of device.bgp.neighbors) {
    if (n.nextHopSelf) expect(running).toContain(`neighbor ${n.peerAddress} next-hop-self`);
    if (n.allowasIn) expect(running).toContain(`neighbor ${n.peerAddress} allowas-in ${n.allowasIn}`);
    if (n.asOverride) expect(running).toContain(`neighbor ${n.peerAddress} as-override`);
    if (n.outFilter) expect(running).toContain(`neighbor ${n.peerAddress} prefix-list ${n.outFilter} out`);
  }
  if (device.bgp.multipathRelax) expect(running).toContain('bgp bestpath as-path multipath-relax');
  if (device.bgp.alwaysCompareMed) expect(running).toContain('bgp always-compare-med');
  expect(/^ bgp deterministic-med$/m.test(running)).toBe(device.bgp.deterministicMed);
}
