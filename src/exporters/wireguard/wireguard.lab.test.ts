// Every wg-quick file of every sample design on the real WireGuard tools: `wg setconf` parses
// the whole file (a bad key, AllowedIP or option is refused), then the file is applied to a
// wireguard-go interface in a throwaway namespace and read back with `wg showconf`, which
// catches what parsing does not (ListenPort 70000 silently becomes 4464). Fails, never skips,
// when root or the tools are missing.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LabHost, namespaceName } from '../../lab/netns';
import { findOnPath } from '../../lab/prerequisites';
import { sleep } from '../../lab/run';
import { SAMPLES } from '../../model/samples';
import { goldenFiles } from '../golden';

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
      let daemon: ChildProcess | undefined;
      try {
        const ns = namespaceName();
        await host.addNamespace(ns);
        daemon = spawn('ip', ['netns', 'exec', ns, 'wireguard-go', '-f', 'egwg0'], { stdio: 'ignore' });
        await waitForInterface(ns, 'egwg0');
        const stripped = strip(path, content);
        const set = spawnSync('ip', ['netns', 'exec', ns, 'wg', 'setconf', 'egwg0', stripped], { encoding: 'utf8' });
        expect(`${set.stdout}${set.stderr}`.trim(), path).toBe('');
        expect(set.status, path).toBe(0);
        const shown = spawnSync('ip', ['netns', 'exec', ns, 'wg', 'showconf', 'egwg0'], { encoding: 'utf8' });
        const want = sections(content);
        const got = sections(shown.stdout);
        expect(got.Interface?.ListenPort, `${path} ListenPort`).toBe(want.Interface?.ListenPort);
        expect(got.Interface?.PrivateKey, `${path} PrivateKey`).toBe(want.Interface?.PrivateKey);
        expect(got.Peer?.PublicKey, `${path} peer PublicKey`).toBe(want.Peer?.PublicKey);
        expect(got.Peer?.Endpoint, `${path} peer Endpoint`).toBe(want.Peer?.Endpoint);
        expect(got.Peer?.AllowedIPs, `${path} peer AllowedIPs`).toBe(want.Peer?.AllowedIPs);
      } finally {
        daemon?.kill('SIGTERM');
        await host.teardown();
      }
    }
  });
});

async function waitForInterface(ns: string, ifname: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if (spawnSync('ip', ['-n', ns, 'link', 'show', ifname]).status === 0) return;
    await sleep(25);
  }
  throw new Error(`wireguard-go did not create ${ifname} in ${ns} within 5 s`);
}
