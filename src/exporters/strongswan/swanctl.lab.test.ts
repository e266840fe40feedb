// Every swanctl.conf of every sample design loaded into a throwaway charon in a private network
// namespace. swanctl exits 0 on a syntax error (a missing `}`), so the test reads what it says:
// every connection and secret must be reported loaded and nothing else may appear; then
// `--list-conns` must show the addresses, selectors and rekey times the file asked for
// (`remote_ts = x/33` silently becomes /32). Then both ends of one tunnel negotiate IKE between
// two charons: proposals, identities and pre-shared keys really match. Fails, never skips, when
// root or strongSwan is missing.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDevices } from '../../devices/build';
import { LabHost, namespaceName } from '../../lab/netns';
import { findOnPath } from '../../lab/prerequisites';
import { sleep } from '../../lab/run';
import { SAMPLES } from '../../model/samples';
import { goldenFiles } from '../golden';
import { deterministicKeySource } from '../keys/deterministic';
import { strongswanExporter } from '.';

const CHARON = '/usr/lib/ipsec/charon';
const CERT_DIRS = [
  'x509',
  'x509ca',
  'x509ocsp',
  'x509aa',
  'x509ac',
  'x509crl',
  'pubkey',
  'private',
  'rsa',
  'ecdsa',
  'bliss',
  'pkcs8',
  'pkcs12',
  'conf.d',
];
const designs = SAMPLES.map((s) => ({ stem: s.file.replace(/\.json$/, ''), design: s.build() }));
const files = [...(goldenFiles(designs).get('strongswan') ?? new Map<string, string>())];
let scratch = '';

beforeAll(() => {
  expect(process.getuid?.(), 'the strongSwan lab tests run as root').toBe(0);
  expect(existsSync(CHARON), `${CHARON} (apt-get install strongswan-charon)`).toBe(true);
  expect(findOnPath('swanctl'), 'swanctl (apt-get install strongswan-swanctl)').not.toBeNull();
  scratch = mkdtempSync(join(tmpdir(), 'egress-swanctl-check-'));
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

interface Charon {
  dir: string;
  ns: string;
  process: ChildProcess;
  swanctl(args: string[]): { out: string; status: number | null };
  log(): string;
}

/** A charon in `ns` with its own strongswan.conf and vici socket: nothing from /etc is read. */
async function startCharon(ns: string, name: string): Promise<Charon> {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const d of CERT_DIRS) mkdirSync(join(dir, d), { recursive: true });
  const socket = join(dir, 'charon.vici');
  const conf = join(dir, 'strongswan.conf');
  writeFileSync(
    conf,
    [
      'charon {',
      '  load = random nonce aes sha1 sha2 hmac pem pkcs1 x509 revocation constraints pubkey openssl gcm kdf kernel-netlink socket-default vici',
      `  plugins { vici { socket = unix://${socket} } }`,
      '  install_routes = no',
      '  filelog {',
      '    egress {',
      `      path = ${join(dir, 'charon.log')}`,
      '      default = 1',
      '      ike = 2',
      // Unflushed, the log is empty while the test reads it.
      '      flush_line = yes',
      '    }',
      '  }',
      '}',
      'swanctl { load = pem pkcs1 x509 revocation constraints pubkey openssl random }',
      '',
    ].join('\n'),
  );
  const env = { ...process.env, STRONGSWAN_CONF: conf };
  // charon keeps its pid file in /run: a private /run (own mount namespace) lets two run at once.
  const child = spawn(
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
      `mount -t tmpfs none /run && exec ${CHARON}`,
    ],
    { env, stdio: 'ignore' },
  );
  const deadline = Date.now() + 5000;
  while (!existsSync(socket)) {
    if (Date.now() > deadline) throw new Error(`charon in ${ns} did not open its vici socket within 5 s`);
    await sleep(20);
  }
  return {
    dir,
    ns,
    process: child,
    swanctl(args) {
      const r = spawnSync('ip', ['netns', 'exec', ns, 'swanctl', ...args, '--uri', `unix://${socket}`], {
        env,
        encoding: 'utf8',
      });
      return { out: `${r.stdout}${r.stderr}`, status: r.status };
    },
    log: () => (existsSync(join(dir, 'charon.log')) ? readFileSync(join(dir, 'charon.log'), 'utf8') : ''),
  };
}

function connectionNames(content: string): string[] {
  const connections = content.split('\nsecrets {')[0] ?? '';
  return [...connections.matchAll(/^ {2}([a-z][a-z0-9-]*) \{$/gm)].map((m) => m[1]!);
}

describe('swanctl.conf', () => {
  it('exists for the samples with IPsec links', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('loads into charon without a word of complaint and reads back as written', async () => {
    for (const [path, content] of files) {
      const host = new LabHost();
      let charon: Charon | undefined;
      try {
        const ns = namespaceName();
        await host.addNamespace(ns);
        charon = await startCharon(ns, path.replaceAll('/', '_'));
        const file = join(charon.dir, 'swanctl.conf');
        writeFileSync(file, content, { mode: 0o600 });
        const { out, status } = charon.swanctl(['--load-all', '--noprompt', '--file', file]);
        expect(status, `${path}: ${out}`).toBe(0);
        const names = connectionNames(content);
        const expected = [
          ...names.map((n) => `loaded ike secret 'ike-${n}'`),
          'no authorities found, 0 unloaded',
          'no pools found, 0 unloaded',
          ...names.map((n) => `loaded connection '${n}'`),
          `successfully loaded ${names.length} connections, 0 unloaded`,
        ];
        expect(out.trim().split('\n').sort(), path).toEqual(expected.sort());
        const listed = charon.swanctl(['--list-conns']).out;
        for (const n of names) {
          expect(listed, `${path} ${n}`).toMatch(new RegExp(`^${n}: IKEv2, .*rekeying every 14400s`, 'm'));
          expect(listed, `${path} ${n}`).toMatch(new RegExp(`^ {2}${n}: TUNNEL, rekeying every 3600s`, 'm'));
        }
        expect(listed.match(/^ {4}local: {2}0\.0\.0\.0\/0$/gm)?.length, path).toBe(names.length);
        expect(listed.match(/^ {4}remote: 0\.0\.0\.0\/0$/gm)?.length, path).toBe(names.length);
      } finally {
        charon?.process.kill('SIGTERM');
        await host.teardown();
      }
    }
  });

  it('both ends of a tunnel negotiate IKE with each other (proposals, identities, keys agree)', async () => {
    const { sas, log } = await negotiate('match', deterministicKeySource(), (text) => /ESTABLISHED/.test(text));
    expect(sas, `IKE SA\n${log.slice(-3000)}`).toMatch(/ESTABLISHED/);
    expect(sas).toMatch(/AES_GCM_16-256\/PRF_HMAC_SHA2_384\/ECP_384/);
  });

  it('the check can fail: a responder with another pre-shared key refuses the initiator', async () => {
    const { sas, log } = await negotiate('mismatch', deterministicKeySource('another-seed'), (_, text) =>
      /AUTHENTICATION_FAILED/.test(text),
    );
    expect(log).toMatch(/AUTHENTICATION_FAILED/);
    expect(sas).not.toMatch(/ESTABLISHED/);
  });
});

/** Two charons on a veth underlay: the responder (keys from `responderKeys`) and the initiator
 * of one hub-and-spoke tunnel, until `done(sas, initiatorLog)` or 15 s. */
async function negotiate(
  label: string,
  responderKeys: ReturnType<typeof deterministicKeySource>,
  done: (sas: string, log: string) => boolean,
): Promise<{ sas: string; log: string }> {
  const design = designs.find((d) => d.stem === 'hub-and-spoke')!.design;
  const set = buildDevices(design);
  const devices = new Map(set.devices.map((d) => [d.nodeId, d]));
  const initiator = set.devices.find((d) => d.tunnels.some((t) => t.ipsec?.initiator))!;
  const tunnel = initiator.tunnels.find((t) => t.ipsec?.initiator)!;
  const responder = devices.get(tunnel.remote.nodeId)!;
  const host = new LabHost();
  const charons: Charon[] = [];
  try {
    const [a, b] = [namespaceName(), namespaceName()];
    await host.addNamespace(a);
    await host.addNamespace(b);
    await host.addVeth({ namespace: a, ifname: 'under0' }, { namespace: b, ifname: 'under0' });
    const outer = (ns: string, local: string, peer: string) =>
      host.exec(ns, 'ip', ['addr', 'add', `${local}/32`, 'peer', `${peer}/32`, 'dev', 'under0']);
    await outer(a, tunnel.local.outerAddress, tunnel.remote.outerAddress);
    await outer(b, tunnel.remote.outerAddress, tunnel.local.outerAddress);
    for (const [ns, device, keys] of [
      [b, responder, responderKeys],
      [a, initiator, deterministicKeySource()],
    ] as const) {
      const charon = await startCharon(ns, `ike-${label}-${device.hostname}`);
      charons.push(charon);
      const file = join(charon.dir, 'swanctl.conf');
      const context = { keys, devices, designName: design.meta.name };
      writeFileSync(file, strongswanExporter.render(device, context).files[0]!.content, { mode: 0o600 });
      const loaded = charon.swanctl(['--load-all', '--noprompt', '--file', file]);
      expect(loaded.status, loaded.out).toBe(0);
    }
    const init = charons[1]!;
    const deadline = Date.now() + 15000;
    let sas = '';
    while (Date.now() < deadline) {
      sas = init.swanctl(['--list-sas', '--ike', tunnel.linkId]).out;
      if (done(sas, init.log())) break;
      await sleep(200);
    }
    return { sas, log: init.log() };
  } finally {
    for (const c of charons) c.process.kill('SIGTERM');
    await host.teardown();
  }
}
