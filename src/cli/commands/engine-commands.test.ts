// The engine's CLI commands, run in-process with stdout captured.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hubAndSpoke } from '../../model/samples/templates';
import { serializeDesignJson } from '../../model/serialize';
import { CliError } from '../read-design';

const SAMPLE = 'public/designs/sample.json';

async function capture(run: () => Promise<number>): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    return { code: await run(), out };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('egress compute', () => {
  it('prints flows as JSON with the documented fields', async () => {
    const { run } = await import('./compute');
    const { code, out } = await capture(() => run([SAMPLE, '--format', 'json']));
    expect(code).toBe(0);
    const json = JSON.parse(out);
    const video = json.flows.find((f: { id: string }) => f.id === 'site-nyc|video|saas-uc');
    for (const key of [
      'site',
      'trafficClass',
      'destination',
      'egressHub',
      'path',
      'latencyMs',
      'lossPct',
      'meetsSla',
      'compliant',
      'explanation',
    ]) {
      expect(video).toHaveProperty(key);
    }
    expect(video.egressHub).toBe('hub-ash');
  });

  it('applies --fail and reports the move with its convergence', async () => {
    const { run } = await import('./compute');
    const { out } = await capture(() => run([SAMPLE, '--fail', 'hub-ash', '--fast-timers', '--format', 'json']));
    const json = JSON.parse(out);
    expect(json.diff.moved.map((m: { flowId: string }) => m.flowId)).toContain('site-nyc|video|saas-uc');
    expect(json.convergence.length).toBeGreaterThan(0);
  });

  it('refuses an unknown element with a clear message', async () => {
    const { run } = await import('./compute');
    await expect(run([SAMPLE, '--fail', 'no-such-thing'])).rejects.toThrow(CliError);
  });

  it('refuses an invalid design', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'egress-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"schemaVersion": 1, "nodes": 3}');
    const { run } = await import('./compute');
    await expect(run([file])).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('egress check / resilience / diff', () => {
  it('check fails the sample (an SLA miss and a critical single point of failure)', async () => {
    const { run } = await import('./check');
    const { code, out } = await capture(() => run([SAMPLE]));
    expect(code).toBe(1);
    expect(out).toContain('single point of failure');
  });

  it('check passes a design that keeps its rules', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'egress-'));
    const file = join(dir, 'hub.json');
    writeFileSync(file, serializeDesignJson(hubAndSpoke()));
    const { run } = await import('./check');
    const { code } = await capture(() => run([file]));
    expect(code).toBe(0);
  });

  it('resilience prints scenarios and single points of failure as JSON', async () => {
    const { run } = await import('./resilience');
    const { out } = await capture(() => run([SAMPLE, '--format', 'json']));
    const json = JSON.parse(out);
    expect(json.scenarios.length).toBeGreaterThan(0);
    expect(Array.isArray(json.singlePointsOfFailure)).toBe(true);
  });

  it('diff of a design with itself shows no change', async () => {
    const { run } = await import('./diff');
    const { out } = await capture(() => run([SAMPLE, SAMPLE]));
    expect(out).toContain('no flow changes');
  });
});
