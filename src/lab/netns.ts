// Network namespaces, veth links and FRR daemons for the lab, following shared/FRR-LAB.md:
// one namespace per router, daemons with private paths (nothing read from /etc/frr, no shared
// sockets), config pushed with vtysh where any output is a failure, teardown by pid files then
// `ip netns del`. Everything started is recorded on the LabHost so nothing leaks: teardown runs
// on success, on exceptions (callers use try/finally) and on SIGINT/SIGTERM/exit.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chown } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LabError, run, runOrThrow, sleep } from './run';
import { VtyClient } from './vty';

export const FRR_DIR = '/usr/lib/frr';
/** Started in this order: zebra first (the others connect to its zserv socket); pbrd because the
 * exported configs carry PBR maps, which vtysh refuses when pbrd is not running. */
export const FRR_DAEMONS = ['zebra', 'staticd', 'bgpd', 'bfdd', 'pbrd'] as const;
export type Daemon = (typeof FRR_DAEMONS)[number];

export interface RouterHandle {
  namespace: string;
  /** Private directory: vty sockets, zserv.api, pid files, logs. */
  runDir: string;
}

export interface VethEnd {
  namespace: string;
  ifname: string;
}

interface StartedDaemon {
  pid: number;
  runDir: string;
}

const live = new Set<LabHost>();
let handlersInstalled = false;
let namespaceCounter = 0;

/** A unique, short namespace name for this process (ip netns names are files under /run/netns). */
export function namespaceName(): string {
  namespaceCounter += 1;
  return `egl${process.pid}n${namespaceCounter}`;
}

/** Linux interface names are at most 15 bytes of [A-Za-z0-9._-]. */
export function isValidIfname(name: string): boolean {
  return /^[A-Za-z0-9._-]{1,15}$/.test(name);
}

export class LabHost {
  readonly root: string;
  private readonly namespaces: string[] = [];
  private readonly daemons: StartedDaemon[] = [];
  private readonly routers: RouterHandle[] = [];
  private frrIds: { uid: number; gid: number } | null = null;
  private readonly vtys = new Map<string, VtyClient>();
  private tornDown = false;

  constructor() {
    this.root = mkdtempSync(join(tmpdir(), 'egress-lab-'));
    live.add(this);
    installCleanupHandlers();
  }

  async addNamespace(name: string): Promise<void> {
    this.assertLive();
    // Recorded before creation: if `ip netns add` half-succeeds, teardown still tries to remove it.
    this.namespaces.push(name);
    await runOrThrow('ip', ['netns', 'add', name]);
    await runOrThrow('ip', ['-n', name, 'link', 'set', 'lo', 'up']);
  }

  /** A veth pair between two namespaces, both ends up. */
  async addVeth(a: VethEnd, b: VethEnd): Promise<void> {
    for (const end of [a, b]) {
      if (!isValidIfname(end.ifname)) throw new LabError(`'${end.ifname}' is not a valid interface name`);
    }
    await runOrThrow('ip', [
      'link',
      'add',
      a.ifname,
      'netns',
      a.namespace,
      'type',
      'veth',
      'peer',
      'name',
      b.ifname,
      'netns',
      b.namespace,
    ]);
    await runOrThrow('ip', ['-n', a.namespace, 'link', 'set', a.ifname, 'up']);
    await runOrThrow('ip', ['-n', b.namespace, 'link', 'set', b.ifname, 'up']);
  }

  /** Many veth pairs with one `ip -batch` to create them and one per namespace to bring them up:
   * two or three process spawns instead of three per link (spawns dominate on a busy machine). */
  async addVeths(pairs: readonly (readonly [VethEnd, VethEnd])[]): Promise<void> {
    this.assertLive();
    const adds: string[] = [];
    const ups = new Map<string, string[]>();
    for (const [a, b] of pairs) {
      for (const end of [a, b]) {
        if (!isValidIfname(end.ifname)) throw new LabError(`'${end.ifname}' is not a valid interface name`);
        ups.set(end.namespace, [...(ups.get(end.namespace) ?? []), `link set ${end.ifname} up`]);
      }
      adds.push(`link add ${a.ifname} netns ${a.namespace} type veth peer name ${b.ifname} netns ${b.namespace}`);
    }
    if (adds.length === 0) return;
    await runOrThrow('ip', ['-batch', '-'], { input: `${adds.join('\n')}\n` });
    await Promise.all(
      [...ups].map(([ns, lines]) => runOrThrow('ip', ['-n', ns, '-batch', '-'], { input: `${lines.join('\n')}\n` })),
    );
  }

  /** Starts zebra, staticd, bgpd and bfdd in the namespace with private paths; waits for their sockets. */
  async startFrr(namespace: string): Promise<RouterHandle> {
    this.assertLive();
    const runDir = join(this.root, namespace);
    rmSync(runDir, { recursive: true, force: true });
    mkdirSync(runDir, { recursive: true });
    const empty = join(runDir, 'empty.conf');
    writeFileSync(empty, '');
    const ids = await this.frrUser();
    // The daemons drop privileges to frr: it must own the directory to create sockets and pid files.
    await chown(this.root, ids.uid, ids.gid);
    await chown(runDir, ids.uid, ids.gid);
    const router: RouterHandle = { namespace, runDir };
    this.routers.push(router);
    // zebra first (the others connect to its zserv socket), then the rest side by side.
    await this.startDaemon(router, 'zebra', empty);
    await Promise.all(FRR_DAEMONS.filter((d) => d !== 'zebra').map((d) => this.startDaemon(router, d, empty)));
    return router;
  }

  private async startDaemon(router: RouterHandle, daemon: Daemon, emptyConf: string): Promise<void> {
    this.assertLive();
    const { runDir, namespace } = router;
    const pidFile = join(runDir, `${daemon}.pid`);
    const args = [
      'netns',
      'exec',
      namespace,
      join(FRR_DIR, daemon),
      '-d',
      '-f',
      emptyConf,
      '-i',
      pidFile,
      '--vty_socket',
      runDir,
      '-z',
      join(runDir, 'zserv.api'),
      '-P',
      '0',
      '--log',
      `file:${join(runDir, `${daemon}.log`)}`,
    ];
    if (daemon === 'zebra') args.push('-s', '16777216');
    if (daemon === 'bfdd') args.push('--bfdctl', join(runDir, 'bfdd.sock'));
    const result = await run('ip', args, { timeoutMs: 10000 });
    if (result.code !== 0) {
      throw new LabError(`${daemon} did not start in ${namespace}: ${(result.stderr || result.stdout).trim()}`);
    }
    // zebra must have its zserv socket before the others connect; each daemon is ready with its vty.
    await waitForFile(join(runDir, `${daemon}.vty`), 10000, `${daemon} in ${namespace}`);
    if (daemon === 'zebra') await waitForFile(join(runDir, 'zserv.api'), 10000, `zebra in ${namespace}`);
    await waitForFile(pidFile, 5000, `${daemon} pid file in ${namespace}`);
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0) this.daemons.push({ pid, runDir });
  }

  private async frrUser(): Promise<{ uid: number; gid: number }> {
    if (!this.frrIds) {
      const uid = Number((await runOrThrow('id', ['-u', 'frr'])).trim());
      const gid = Number((await runOrThrow('id', ['-g', 'frr'])).trim());
      this.frrIds = { uid, gid };
    }
    return this.frrIds;
  }

  /** Runs vtysh commands in the router's namespace and returns stdout. */
  async vtysh(router: RouterHandle, commands: readonly string[], timeoutMs = 10000): Promise<string> {
    const args = ['netns', 'exec', router.namespace, 'vtysh', '--vty_socket', router.runDir];
    for (const c of commands) args.push('-c', c);
    const result = await run('ip', args, { timeoutMs });
    if (result.code !== 0 || result.timedOut) {
      throw new LabError(
        `vtysh in ${router.namespace} (${commands.join('; ')}) failed: ${(result.stderr || result.stdout).trim()}`,
      );
    }
    return result.stdout;
  }

  /** Runs a show command on one daemon over its vty socket (bgpd unless told) and parses the JSON. */
  async showJson<T = unknown>(router: RouterHandle, command: string, daemon: Daemon = 'bgpd'): Promise<T> {
    const path = join(router.runDir, `${daemon}.vty`);
    let client = this.vtys.get(path);
    if (!client) {
      client = new VtyClient(path);
      this.vtys.set(path, client);
    }
    const answer = await client.command(command);
    if (answer.status !== 0) {
      throw new LabError(`'${command}' failed in ${router.namespace}: ${answer.output.trim()}`);
    }
    try {
      return JSON.parse(answer.output) as T;
    } catch {
      throw new LabError(`'${command}' in ${router.namespace} did not return JSON: ${answer.output.slice(0, 200)}`);
    }
  }

  /** Pushes an integrated config. vtysh exits 0 even when a daemon rejects a line, so any output fails. */
  async pushConfig(router: RouterHandle, config: string, label = router.namespace): Promise<void> {
    const file = join(router.runDir, 'frr.conf');
    writeFileSync(file, config);
    const result = await run(
      'ip',
      ['netns', 'exec', router.namespace, 'vtysh', '--vty_socket', router.runDir, '-f', file],
      {
        timeoutMs: 20000,
      },
    );
    const output = `${result.stdout}${result.stderr}`.trim();
    if (result.code !== 0 || result.timedOut || output !== '') {
      throw new LabError(`FRR rejected the config of ${label}:\n${output || `vtysh exited ${result.code}`}`);
    }
  }

  /** Runs a program inside a namespace (ip link, nft). */
  async exec(namespace: string, command: string, args: readonly string[]): Promise<string> {
    return runOrThrow('ip', ['netns', 'exec', namespace, command, ...args]);
  }

  /** What is still running or present, for leak checks in tests. */
  inventory(): { namespaces: string[]; pids: number[] } {
    return { namespaces: [...this.namespaces], pids: this.daemons.map((d) => d.pid) };
  }

  private assertLive(): void {
    if (this.tornDown) throw new LabError('the lab is being torn down');
  }

  /**
   * Everything we started: pids recorded at start, plus every pid file in our run directories
   * (a daemon interrupted between forking and being recorded still wrote one). Each is checked
   * against its command line, which names our private run directory, before it is signalled.
   */
  private started(): StartedDaemon[] {
    const all = new Map(this.daemons.map((d) => [d.pid, d]));
    for (const router of this.routers) {
      let files: string[] = [];
      try {
        files = readdirSync(router.runDir).filter((f) => f.endsWith('.pid'));
      } catch {
        continue;
      }
      for (const file of files) {
        const pid = Number(readFileSync(join(router.runDir, file), 'utf8').trim());
        if (Number.isInteger(pid) && pid > 0 && !all.has(pid)) all.set(pid, { pid, runDir: router.runDir });
      }
    }
    return [...all.values()];
  }

  /** Kills our daemons (recorded pids and pid files), deletes our namespaces and files. Idempotent. */
  async teardown(): Promise<void> {
    if (this.tornDown) return;
    this.tornDown = true;
    for (const client of this.vtys.values()) client.close();
    // A daemon still starting may write its pid file a moment later: look twice.
    for (let pass = 0; pass < 2; pass++) {
      const daemons = this.started();
      for (const d of daemons) signalIfOurs(d, 'SIGTERM');
      const deadline = Date.now() + 3000;
      while (daemons.some((d) => isAlive(d.pid)) && Date.now() < deadline) await sleep(50);
      for (const d of daemons) signalIfOurs(d, 'SIGKILL');
      if (pass === 0) await sleep(200);
    }
    for (const ns of this.namespaces) await run('ip', ['netns', 'del', ns], { timeoutMs: 5000 });
    rmSync(this.root, { recursive: true, force: true });
    live.delete(this);
  }

  /** The same, synchronously, for process exit where no await is possible. */
  teardownSync(): void {
    if (this.tornDown) return;
    this.tornDown = true;
    for (const client of this.vtys.values()) client.close();
    for (const d of this.started()) signalIfOurs(d, 'SIGKILL');
    for (const ns of this.namespaces) spawnSync('ip', ['netns', 'del', ns], { timeout: 5000 });
    rmSync(this.root, { recursive: true, force: true });
    live.delete(this);
  }
}

/** Only signal a pid whose command line still names our run directory: pids get reused. */
function signalIfOurs(d: StartedDaemon, signal: NodeJS.Signals): void {
  if (!isAlive(d.pid)) return;
  try {
    const cmdline = readFileSync(`/proc/${d.pid}/cmdline`, 'utf8');
    if (!cmdline.includes(d.runDir)) return;
    process.kill(d.pid, signal);
  } catch {
    // Gone between the check and the signal: nothing to do.
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForFile(path: string, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path)) {
    if (Date.now() > deadline) throw new LabError(`${what} was not ready within ${timeoutMs / 1000} s (${path})`);
    await sleep(20);
  }
}

/** Tears down every live lab on SIGINT/SIGTERM (then exits) and on normal exit. */
function installCleanupHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    // Ctrl-C reaches us twice under tsx (from the terminal's process group and relayed by tsx):
    // keep the handler installed so a second signal cannot kill us halfway through teardown.
    if (stopping) return;
    stopping = true;
    console.error(`\negress lab: ${signal}: removing namespaces and daemons`);
    Promise.allSettled([...live].map((host) => host.teardown())).then(() =>
      process.exit(signal === 'SIGINT' ? 130 : 143),
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.once('exit', () => {
    for (const host of [...live]) host.teardownSync();
  });
}
