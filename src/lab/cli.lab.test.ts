// `egress lab` as a user runs it: JSON on stdout and exit 0 when FRR agrees; and Ctrl-C in the
// middle of a run removes every namespace and daemon it started.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LabReport } from './report-types';
import { runOrThrow, sleep } from './run';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');
const DESIGN = join(ROOT, 'public', 'designs', 'hub-and-spoke.json');

function egress(args: string[]) {
  const child = spawn(TSX, [MAIN, ...args], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const done = new Promise<number>((resolve) =>
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1))),
  );
  return { child, done, out: () => stdout, err: () => stderr };
}

/** The process and its descendants (tsx runs the command in a child node process). */
async function processTree(root: number): Promise<Set<number>> {
  const rows = (await runOrThrow('ps', ['-eo', 'pid=,ppid='])).trim().split('\n');
  const parents = rows.map((r) => r.trim().split(/\s+/).map(Number) as [number, number]);
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return tree;
}

async function labNamespaces(): Promise<Set<string>> {
  const text = await runOrThrow('ip', ['netns', 'list']);
  return new Set(
    text
      .split('\n')
      .map((l) => l.split(' ')[0] ?? '')
      .filter((n) => /^egl\d+n\d+$/.test(n)),
  );
}

describe('egress lab (command line)', () => {
  it('prints a JSON report and exits 0 when FRR agrees with the engine', async () => {
    const run = egress(['lab', DESIGN, '--fast-timers', '--fail', 'hub-aws', '--format', 'json']);
    const code = await run.done;
    expect(code, run.err()).toBe(0);
    const report = JSON.parse(run.out()) as LabReport;
    expect(report.summary.ok).toBe(true);
    expect(report.scenarios.map((s) => s.name)).toEqual(['link hub-aws down']);
    expect(run.err()).toContain('lab: every session Established');
  });

  it('rejects an unknown failure id before building anything', async () => {
    const run = egress(['lab', DESIGN, '--fail', 'no-such-link']);
    expect(await run.done).toBe(2);
    expect(run.err()).toContain("--fail 'no-such-link': no link, node or circuit has this id");
  });

  it('cleans up every namespace and daemon when interrupted', async () => {
    const run = egress(['lab', DESIGN, '--fast-timers']);
    const deadline = Date.now() + 60000;
    while (!run.err().includes('building') && Date.now() < deadline) await sleep(100);
    await sleep(1500); // mid-build: namespaces exist, daemons are starting
    // Only this run's namespaces (named egl<pid>n<k> by its node process): other labs may be running.
    const ours = await processTree(run.child.pid as number);
    const during = [...(await labNamespaces())].filter((n) => ours.has(Number(/^egl(\d+)n/.exec(n)?.[1])));
    expect(during.length).toBeGreaterThan(0);
    process.kill(-(run.child.pid as number), 'SIGINT'); // like Ctrl-C: the whole process group
    expect(await run.done).not.toBe(0);
    const after = await labNamespaces();
    expect(during.filter((n) => after.has(n))).toEqual([]);
    const daemons = await runOrThrow('ps', ['-eo', 'args']);
    for (const ns of during) expect(daemons).not.toContain(ns);
  });
});
