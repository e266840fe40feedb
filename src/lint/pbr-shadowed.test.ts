import { describe, expect, it } from 'vitest';
import { pbrShadowedRule } from './pbr-shadowed';
import { baseBuilder } from './testing';

describe('pbr-shadowed', () => {
  it('flags a rule whose traffic an earlier, broader rule already takes', () => {
    const design = baseBuilder()
      .pbrRule({ id: 'all-cloud', match: { destinationPrefixes: ['10.100.0.0/16'] }, action: { egressHub: 'hub-us' } })
      .pbrRule({
        id: 'web-to-cloud',
        appliesTo: ['site-de'],
        match: { protocol: 'tcp', ports: ['443'], destinationPrefixes: ['10.100.1.0/24'] },
        action: { egressHub: 'hub-de' },
      })
      .build();
    const found = pbrShadowedRule.run(design);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'lint.pbr-shadowed', elementId: 'web-to-cloud', severity: 'warning' });
    expect(found[0]!.message).toContain("'all-cloud'");
  });

  it('merges port ranges: 80-90 and 91-100 together cover 85-95', () => {
    const design = baseBuilder()
      .pbrRule({ id: 'low', match: { ports: ['80-90', '91-100'] }, action: { egressHub: 'hub-us' } })
      .pbrRule({ id: 'mid', match: { ports: ['85-95'] }, action: { egressHub: 'hub-de' } })
      .build();
    expect(pbrShadowedRule.run(design).map((d) => d.elementId)).toEqual(['mid']);
  });

  it('does not flag a narrower rule placed first, or a later rule reaching traffic the earlier one does not', () => {
    const design = baseBuilder()
      .pbrRule({
        id: 'web-to-cloud',
        match: { ports: ['443'], destinationPrefixes: ['10.100.1.0/24'] },
        action: { egressHub: 'hub-de' },
      })
      .pbrRule({ id: 'all-cloud', match: { destinationPrefixes: ['10.100.0.0/16'] }, action: { egressHub: 'hub-us' } })
      .pbrRule({
        id: 'dscp-46',
        match: { dscp: [46], destinationPrefixes: ['10.100.0.0/16'] },
        action: { egressHub: 'hub-de' },
      })
      .build();
    // dscp-46 IS covered by all-cloud, which comes before it; the first two are fine.
    expect(pbrShadowedRule.run(design).map((d) => d.elementId)).toEqual(['dscp-46']);
  });

  it('does not flag a rule on a site the earlier rule is not installed on', () => {
    const design = baseBuilder()
      .pbrRule({ id: 'us-only', appliesTo: ['tag:us'], match: {}, action: { egressHub: 'hub-us' } })
      .pbrRule({ id: 'everywhere', appliesTo: ['*'], match: { ports: ['443'] }, action: { egressHub: 'hub-de' } })
      .build();
    expect(pbrShadowedRule.run(design)).toEqual([]);
  });

  it('does not flag when the earlier rule is limited to a class the later one does not name', () => {
    const design = baseBuilder()
      .trafficClass({ id: 'video', name: 'Video', color: '#2563eb' })
      .pbrRule({ id: 'video-rule', match: { trafficClass: 'video' }, action: { egressHub: 'hub-us' } })
      .pbrRule({ id: 'any', match: { protocol: 'udp' }, action: { egressHub: 'hub-de' } })
      .build();
    expect(pbrShadowedRule.run(design)).toEqual([]);
  });
});
