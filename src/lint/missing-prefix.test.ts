import { describe, expect, it } from 'vitest';
import { missingPrefixRule } from './missing-prefix';
import { baseBuilder } from './testing';

describe('missing-prefix', () => {
  it('flags BGP policy prefixes no originated route lies inside, and PBR prefixes nobody owns', () => {
    const design = baseBuilder()
      .bgpPolicy({
        id: 'p',
        router: 'site-us',
        neighbor: 'hub-us',
        direction: 'in',
        prefixes: ['10.100.0.0/16', '10.100.7.0/24', '192.168.0.0/16'],
        set: { localPref: 200 },
      })
      .pbrRule({
        id: 'r',
        match: { destinationPrefixes: ['10.100.0.0/16', '172.16.0.0/12'] },
        action: { egressHub: 'hub-us' },
      })
      .build();
    // The internet's 0.0.0.0/0 overlaps everything, so only the BGP policy's prefixes can miss.
    const found = missingPrefixRule.run(design);
    expect(found.map((d) => d.elementId)).toEqual(['p']);
    expect(found[0]!.message).toContain("'10.100.7.0/24' and '192.168.0.0/16'");
  });

  it('flags a PBR prefix when no node owns it', () => {
    const design = baseBuilder()
      .pbrRule({
        id: 'r',
        match: { destinationPrefixes: ['10.100.0.0/16', '10.200.0.0/16'] },
        action: { egressHub: 'hub-us' },
      })
      .build();
    design.nodes = design.nodes.filter((n) => n.id !== 'inet');
    const found = missingPrefixRule.run(design);
    expect(found.map((d) => d.elementId)).toEqual(['r']);
    expect(found[0]!.message).toContain('10.200.0.0/16');
    expect(found[0]!.message).not.toContain('10.100.0.0/16');
  });

  it('accepts prefixes that match originated routes', () => {
    const design = baseBuilder()
      .bgpPolicy({ id: 'p', router: 'site-us', direction: 'in', prefixes: ['10.0.0.0/8'], set: { localPref: 200 } })
      .pbrRule({ id: 'r', match: { destinationPrefixes: ['10.100.5.0/24'] }, action: { egressHub: 'hub-us' } })
      .build();
    expect(missingPrefixRule.run(design)).toEqual([]);
  });
});
