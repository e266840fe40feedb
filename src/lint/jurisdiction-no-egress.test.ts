import { describe, expect, it } from 'vitest';
import { jurisdictionNoEgressRule } from './jurisdiction-no-egress';
import { baseBuilder } from './testing';

const color = '#dc2626';

describe('jurisdiction-no-egress', () => {
  it('flags a site that reaches no hub in an allowed jurisdiction', () => {
    const design = baseBuilder()
      .trafficClass({ id: 'pii', name: 'PII', color, allowedJurisdictions: ['EU'] })
      .build();
    const found = jurisdictionNoEgressRule.run(design);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'lint.jurisdiction-no-egress', elementId: 'pii', severity: 'error' });
    expect(found[0]!.message).toContain("'site-us'");
    expect(found[0]!.message).not.toContain("'site-de'");
  });

  it('reads `site` as the source site’s own country', () => {
    const design = baseBuilder()
      .trafficClass({ id: 'local', name: 'In-country', color, allowedJurisdictions: ['site'] })
      .build();
    expect(jurisdictionNoEgressRule.run(design)).toEqual([]);
  });

  it('counts required inspection: the DE hub has no IPS', () => {
    const design = baseBuilder()
      .trafficClass({
        id: 'pii',
        name: 'PII',
        color,
        appliesTo: ['site-de'],
        allowedJurisdictions: ['DE'],
        requiredInspection: ['ips'],
      })
      .build();
    const found = jurisdictionNoEgressRule.run(design);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('ips');
  });

  it('never passes through a disallowed hub to reach an allowed one', () => {
    const design = baseBuilder()
      .site('site-fr', { name: 'FR', country: 'FR', asn: 65003, x: 0, y: 200, prefixes: ['10.3.0.0/16'] })
      .link('fr-us', 'site-fr', 'hub-us', 'internet')
      .link('us-de', 'hub-us', 'hub-de', 'mpls')
      .trafficClass({ id: 'pii', name: 'PII', color, appliesTo: ['site-fr'], allowedJurisdictions: ['EU'] })
      .build();
    expect(jurisdictionNoEgressRule.run(design).map((d) => d.elementId)).toEqual(['pii']);
  });

  it('accepts a list every site can egress through', () => {
    const design = baseBuilder()
      .trafficClass({ id: 'pii', name: 'PII', color, allowedJurisdictions: ['US'] })
      .trafficClass({ id: 'any', name: 'Anywhere', color })
      .build();
    expect(jurisdictionNoEgressRule.run(design)).toEqual([]);
  });
});
