import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeDesignJson } from '../../model';
import { DesignBuilder } from '../../model/samples/builder';
import { captureOutput } from '../testing/capture-output';
import { run } from './lint';

const SAMPLE = join(import.meta.dirname, '../../../public/designs/sample.json');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('egress lint', () => {
  it('lists the sample’s one warning and exits 0; --strict makes warnings fail', async () => {
    const out = captureOutput().out;
    expect(await run([SAMPLE])).toBe(0);
    expect(out.join('')).toContain('lint.sla-unreachable');
    expect(await run([SAMPLE, '--strict'])).toBe(1);
  });

  it('exits 1 on an error finding and prints JSON on request', async () => {
    const design = new DesignBuilder('broken')
      .site('s', { name: 'S', country: 'US', asn: 65001, x: 0, y: 0 })
      .pbrRule({ id: 'r', match: { trafficClass: 'ghost' }, action: { drop: true } })
      .build();
    const file = join(mkdtempSync(join(tmpdir(), 'egress-lint-')), 'broken.json');
    writeFileSync(file, serializeDesignJson(design));
    const out = captureOutput().out;
    expect(await run([file, '--format', 'json'])).toBe(1);
    const { findings } = JSON.parse(out.join('')) as { findings: { code: string; elementId: string }[] };
    expect(findings).toContainEqual(expect.objectContaining({ code: 'lint.missing-class', elementId: 'r' }));
  });
});
