import { describe, expect, it } from 'vitest';
import { syntheticDesign } from '../engine/synthetic';
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

describe('lint on a large design', () => {
  it('lints 1,000 sites × 20 hubs × 10 clouds × 8 classes without a per-site shortest-path blow-up', () => {
    const design = syntheticDesign({ sites: 1000, hubs: 20, clouds: 10, classes: 8 });
    const started = performance.now();
    lintDesign(design);
    // About 0.3-0.9 s on this 2-core machine; per-site shortest paths took 13 s before they ran
    // per destination. The bound is loose so a busy CI machine does not flake.
    expect(performance.now() - started).toBeLessThan(8000);
  });
});
