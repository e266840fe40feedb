import { describe, expect, it } from 'vitest';
import { globalEnterprise } from '../model/samples/global-enterprise';
import { LINT_RULES, lintDesign } from '.';
import { baseBuilder } from './testing';

describe('lintDesign', () => {
  it('puts errors first and keeps rule order within a severity', () => {
    const design = baseBuilder()
      .trafficClass({ id: 'gcp', name: 'GCP', color: '#000000', match: { destinationPrefixes: ['10.200.0.0/16'] } })
      .pbrRule({ id: 'r', match: { trafficClass: 'missing' }, action: { egressHub: 'hub-us' } })
      .build();
    const found = lintDesign(design);
    expect(found.map((d) => d.severity)).toEqual(['error', 'warning']);
    expect(found.map((d) => d.code)).toEqual(['lint.missing-class', 'lint.class-matches-nothing']);
  });

  it('turns a rule that throws into a finding instead of failing', () => {
    const broken = {
      code: 'lint.broken',
      title: 'Broken',
      run: () => {
        throw new Error('boom');
      },
    };
    const found = lintDesign(baseBuilder().build(), [broken, ...LINT_RULES]);
    expect(found).toEqual([expect.objectContaining({ severity: 'info', code: 'lint.broken.failed' })]);
    expect(found[0]!.message).toContain('boom');
  });

  it('finds only the one real problem in the sample: Shanghai video cannot meet 150 ms', () => {
    const found = lintDesign(globalEnterprise());
    expect(found.map((d) => [d.code, d.elementId])).toEqual([['lint.sla-unreachable', 'video']]);
    expect(found[0]!.message).toContain('site-sha → saas-uc');
  });

  it('gives every finding an element to link to', () => {
    const design = baseBuilder()
      .trafficClass({ id: 'a', name: 'A', color: '#000000', appliesTo: ['nowhere'], sla: { maxLatencyMs: 1 } })
      .bgpPolicy({
        id: 'p',
        router: 'site-us',
        neighbor: 'hub-de',
        direction: 'in',
        prefixes: ['192.168.0.0/16'],
        set: {},
      })
      .build();
    const found = lintDesign(design);
    expect(found.length).toBeGreaterThan(2);
    for (const d of found) expect(d.elementId).toBeTruthy();
  });
});
