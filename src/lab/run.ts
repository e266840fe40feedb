// Runs one external program (ip, vtysh, nft) with a time bound and returns what it said.
// Never throws for a non-zero exit: the lab decides what counts as failure (vtysh, for one,
// exits 0 when a daemon rejects a line, so its output matters more than its status).
import { spawn } from 'node:child_process';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** True when the time bound expired and the program was killed. */
  timedOut: boolean;
}

export interface RunOptions {
  timeoutMs?: number;
  input?: string;
}

export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const timeoutMs = options.timeoutMs ?? 15000;
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: 127, stdout, stderr: `${stderr}${error.message}`, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, stdout, stderr, timedOut });
    });
    if (child.stdin) {
      // A program that exits without reading its input must not crash us with EPIPE.
      child.stdin.on('error', () => {});
      child.stdin.end(options.input);
    }
  });
}

/** Runs and throws a LabError naming the command when it exits non-zero. */
export async function runOrThrow(command: string, args: readonly string[], options: RunOptions = {}): Promise<string> {
  const result = await run(command, args, options);
  if (result.code !== 0 || result.timedOut) {
    const why = result.timedOut ? 'timed out' : `exited ${result.code}`;
    throw new LabError(`${command} ${args.join(' ')} ${why}: ${(result.stderr || result.stdout).trim()}`);
  }
  return result.stdout;
}

/** An expected lab problem (cannot build, daemon refused config, timeout): reported, not a crash. */
export class LabError extends Error {
  override name = 'LabError';
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
