// Every wg-quick file of every sample design on the real WireGuard tools: `wg setconf` parses
// the whole file (a bad key, AllowedIP or option is refused), then the file is applied to a
// wireguard-go interface in a throwaway namespace and read back with `wg showconf`, which
// catches what parsing does not (ListenPort 70000 silently becomes 4464); and both ends of a
// tunnel come up with wg-quick and carry a ping. Fails, never skips,
// when root or the tools are missing.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDevices } from '../../devices/build';
import { LabHost, namespaceName } from '../../lab/netns';
import { findOnPath } from '../../lab/prerequisites';
import { SAMPLES } from '../../model/samples';
import { goldenFiles } from '../golden';
import { deterministicKeySource } from '../keys/deterministic';
import { wireguardExporter } from '.';

const designs = SAMPLES.map((s) => ({ stem: s.file.replace(/\.json$/, ''), design: s.build() }));
const files = [...(goldenFiles(designs).get('wireguard') ?? new Map<string, string>())];
let scratch = '';

beforeAll(() => {
  expect(process.getuid?.(), 'the WireGuard lab tests run as root').toBe(0);
  for (const tool of ['wg', 'wg-quick', 'wireguard-go', 'ip'])
    expect(findOnPath(tool), `${tool} is installed`).not.toBeNull();
  scratch = mkdtempSync(join(tmpdir(), 'egress-wg-check-'));
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function strip(path: string, content: string): string {
  // wg-quick insists on `<ifname>.conf`: keep the exported name, one folder per file.
  const dir = join(scratch, path.replaceAll('/', '_'));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, path.split('/').pop()!);
  writeFileSync(file, content, { mode: 0o600 });
  const result = spawnSync('wg-quick', ['strip', file], { encoding: 'utf8' });
  expect(result.status, `wg-quick strip ${path}: ${result.stderr}`).toBe(0);
  const stripped = join(dir, 'stripped');
  writeFileSync(stripped, result.stdout, { mode: 0o600 });
  return stripped;
}

/**
 * Runs a shell script in `ns` with a private /run: wireguard-go keeps its control socket in
 * /run/wireguard/<ifname>.sock, which namespaces do not separate, so two `wg0`s (or another
 * engineer's tunnel) would otherwise collide. Processes it leaves behind stay in `ns`.
 */
function inPrivateRun(ns: string, script: string) {
  return spawnSync(
    'ip',
    [
      'netns',
      'exec',
      ns,
      'unshare',
      '--mount',
      '--propagation',
      'private',
      'sh',
      '-c',
      `mount -t tmpfs none /run && ${script}`,
    ],
    { encoding: 'utf8' },
  );
}

/** Stops whatever still runs in our namespace (the daemonized wireguard-go). */
function stopProcessesIn(ns: string): void {
  const pids = spawnSync('ip', ['netns', 'pids', ns], { encoding: 'utf8' }).stdout.trim();
  for (const pid of pids.split(/\s+/).filter(Boolean)) spawnSync('kill', [pid]);
}

/** `Key = value` pairs of the [Interface] and [Peer] sections, for comparing with wg showconf. */
function sections(text: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      current = header[1]!;
      out[current] = {};
    } else if (current && /^\w+\s*=/.test(line)) {
      const [key, ...value] = line.split('=');
      out[current]![key!.trim()] = value.join('=').trim();
    }
  }
  return out;
}

describe('wg-quick files', () => {
  it('exist for the samples with WireGuard links', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('parse with wg setconf', () => {
    for (const [path, content] of files) {
      const stripped = strip(path, content);
      // No interface by that name: wg parses the whole file, then fails to apply it.
      const result = spawnSync('wg', ['setconf', 'egnoif0', stripped], { encoding: 'utf8' });
      const said = `${result.stdout}${result.stderr}`;
      expect(said, path).not.toMatch(/pars|not the correct|invalid|Line unrecognized|Unable to parse/i);
      expect(said, path).toMatch(/Unable to modify interface/);
    }
  });

  it('apply to a wireguard-go interface and read back unchanged', async () => {
    for (const [path, content] of files) {
      const host = new LabHost();
      const ns = namespaceName();
      try {
        await host.addNamespace(ns);
        const stripped = strip(path, content);
        const shown = inPrivateRun(
          ns,
          `wireguard-go egwg0 2>/dev/null && wg setconf egwg0 ${stripped} && wg showconf egwg0`,
        );
        expect(shown.status, `${path}: ${shown.stderr}`).toBe(0);
        const want = sections(content);
        const got = sections(shown.stdout);
        expect(got.Interface?.ListenPort, `${path} ListenPort`).toBe(want.Interface?.ListenPort);
        expect(got.Interface?.PrivateKey, `${path} PrivateKey`).toBe(want.Interface?.PrivateKey);
        expect(got.Peer?.PublicKey, `${path} peer PublicKey`).toBe(want.Peer?.PublicKey);
        expect(got.Peer?.Endpoint, `${path} peer Endpoint`).toBe(want.Peer?.Endpoint);
        expect(got.Peer?.AllowedIPs, `${path} peer AllowedIPs`).toBe(want.Peer?.AllowedIPs);
      } finally {
        stopProcessesIn(ns);
        await host.teardown();
      }
    }
  });
});

describe('both ends of a WireGuard tunnel', () => {
  it('come up with wg-quick and carry traffic between the tunnel addresses', async () => {
    const ping = await pingOverTunnel('match', deterministicKeySource());
    // WireGuard passes nothing before a handshake: the reply proves keys, ports and endpoints match.
    expect(ping.status, ping.output).toBe(0);
  });

  it('the check can fail: with another key pair at one end nothing gets through', async () => {
    const ping = await pingOverTunnel('mismatch', deterministicKeySource('another-seed'));
    expect(ping.status, ping.output).not.toBe(0);
  });
});

/** Brings up both ends of the first WireGuard tunnel of the full-mesh sample with wg-quick on a
 * veth underlay (end B's file rendered with `keysB`) and pings across the tunnel. */
async function pingOverTunnel(label: string, keysB: ReturnType<typeof deterministicKeySource>) {
  const design = designs.find((d) => d.stem === 'full-mesh')!.design;
  const set = buildDevices(design);
  const devices = new Map(set.devices.map((d) => [d.nodeId, d]));
  const a = set.devices.find((d) => d.tunnels.some((t) => t.kind === 'wireguard'))!;
  const tunnel = a.tunnels.find((t) => t.kind === 'wireguard')!;
  const b = devices.get(tunnel.remote.nodeId)!;
  const host = new LabHost();
  const ends = [
    { ns: namespaceName(), device: a, end: tunnel.local, peer: tunnel.remote, keys: deterministicKeySource() },
    { ns: namespaceName(), device: b, end: tunnel.remote, peer: tunnel.local, keys: keysB },
  ];
  try {
    for (const e of ends) await host.addNamespace(e.ns);
    // The underlay: the two outer addresses (the routers' loopbacks) on a veth pair.
    await host.addVeth({ namespace: ends[0]!.ns, ifname: 'under0' }, { namespace: ends[1]!.ns, ifname: 'under0' });
    for (const e of ends) {
      await host.exec(e.ns, 'ip', [
        'addr',
        'add',
        `${e.end.outerAddress}/32`,
        'peer',
        `${e.peer.outerAddress}/32`,
        'dev',
        'under0',
      ]);
      const dir = join(scratch, `up-${label}-${e.device.hostname}`);
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${e.end.interfaceName}.conf`);
      const context = { keys: e.keys, devices, designName: design.meta.name };
      const rendered = wireguardExporter
        .render(e.device, context)
        .files.find((f) => f.path === `${e.end.interfaceName}.conf`)!;
      writeFileSync(file, rendered.content, { mode: 0o600 });
      // wg-quick falls back to wireguard-go here (no kernel module), as it would on such a host.
      const up = inPrivateRun(e.ns, `wg-quick up ${file}`);
      expect(up.status, `wg-quick up on ${e.device.hostname}: ${up.stderr}`).toBe(0);
    }
    const ping = spawnSync(
      'ip',
      ['netns', 'exec', ends[0]!.ns, 'ping', '-c', '3', '-i', '0.2', '-W', '2', tunnel.remote.innerAddress],
      { encoding: 'utf8' },
    );
    return { status: ping.status, output: `ping ${tunnel.remote.innerAddress}: ${ping.stdout}${ping.stderr}` };
  } finally {
    for (const e of ends) stopProcessesIn(e.ns);
    await host.teardown();
  }
}
