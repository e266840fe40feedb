import { describe, expect, it } from 'vitest';
import { missingSessionRule } from './missing-session';
import { baseBuilder } from './testing';

describe('missing-session', () => {
  it('flags a BGP policy between two routers with no link', () => {
    const design = baseBuilder()
      .bgpPolicy({ id: 'p', router: 'site-us', neighbor: 'hub-de', direction: 'in', set: { localPref: 200 } })
      .build();
    const found = missingSessionRule.run(design);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'lint.missing-session', elementId: 'p', severity: 'error' });
  });

  it('flags only the routers of a tag that lack the session', () => {
    const design = baseBuilder()
      .bgpPolicy({ id: 'p', router: '*', neighbor: 'hub-de', direction: 'in', set: { med: 10 } })
      .build();
    // '*' means every site: site-de has the session, site-us does not.
    const found = missingSessionRule.run(design);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("'site-us'");
    expect(found[0]!.message).not.toContain("'site-de'");
  });

  it('flags a PBR next hop that is not a direct neighbour', () => {
    const design = baseBuilder()
      .pbrRule({ id: 'r', appliesTo: ['*'], action: { nextHop: 'hub-de' } })
      .build();
    const found = missingSessionRule.run(design);
    expect(found.map((d) => d.elementId)).toEqual(['r']);
    expect(found[0]!.message).toContain("'site-us'");
  });

  it('accepts sessions that ride a link, in either direction, and policies on every neighbour', () => {
    const design = baseBuilder()
      .bgpPolicy({ id: 'a', router: 'hub-us', neighbor: 'site-de', direction: 'out', set: { asPathPrepend: 2 } })
      .bgpPolicy({ id: 'b', router: 'tag:eu', neighbor: 'hub-us', direction: 'in', set: { localPref: 50 } })
      .bgpPolicy({ id: 'c', router: 'hub-de', direction: 'out', set: { med: 5 } })
      .pbrRule({ id: 'r', appliesTo: ['site-de'], action: { nextHop: 'hub-us' } })
      .build();
    expect(missingSessionRule.run(design)).toEqual([]);
  });
});
