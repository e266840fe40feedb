import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CliError } from '../read-design';
import { captureOutput } from '../testing/capture-output';
import { run } from './share';

const SAMPLE = join(import.meta.dirname, '../../../public/designs/sample.json');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('egress share', () => {
  it('prints the fragment, and --decode prints the same design as canonical JSON', async () => {
    const io = captureOutput();
    expect(await run([SAMPLE])).toBe(0);
    const fragment = io.out.join('').trim();
    expect(fragment).toMatch(/^#d=1\.[A-Za-z0-9_-]+$/);
    expect(io.err.join('\n')).toContain(`${fragment.length.toLocaleString('en-US')} characters`);

    io.out.length = 0;
    expect(await run(['--decode', `http://127.0.0.1:4173/${fragment}`])).toBe(0);
    expect(io.out.join('')).toBe(readFileSync(SAMPLE, 'utf8'));
  });

  it('prints a whole URL with --url, replacing any old fragment', async () => {
    const io = captureOutput();
    expect(await run([SAMPLE, '--url', 'https://egress.example/app/#old'])).toBe(0);
    expect(io.out.join('')).toMatch(/^https:\/\/egress\.example\/app\/#d=1\./);
  });

  it('decodes to YAML on request', async () => {
    const io = captureOutput();
    await run([SAMPLE]);
    const fragment = io.out.join('').trim();
    io.out.length = 0;
    expect(await run(['--decode', fragment, '--format', 'yaml'])).toBe(0);
    expect(io.out.join('')).toMatch(/^schemaVersion: 1\nmeta:\n {2}name: Global enterprise egress/);
  });

  it('fails with exit 2 and the reason on a corrupt link', async () => {
    captureOutput();
    await expect(run(['--decode', '#d=1.AAAA'])).rejects.toThrow(CliError);
    await expect(run(['--decode', '#d=1.AAAA'])).rejects.toThrow(/damaged or incomplete/);
    await expect(run(['--decode', '#d=9.AAAA'])).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/newer/),
    });
  });

  it('explains bad usage', async () => {
    captureOutput();
    await expect(run([])).rejects.toThrow(/no design given/);
    await expect(run([SAMPLE, '--decode', 'x'])).rejects.toThrow(/not both/);
    await expect(run(['--format', 'xml', SAMPLE])).rejects.toThrow(/json or yaml/);
    await expect(run(['--bogus'])).rejects.toThrow(/unknown option/);
  });
});
