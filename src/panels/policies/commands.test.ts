import { describe, expect, it } from 'vitest';
import { DesignSchema } from '../../model';
import { globalEnterprise } from '../../model/samples/global-enterprise';
import {
  addClass,
  movePbrRule,
  newBgpPolicy,
  newClass,
  newPbrRule,
  removeClass,
  setRouterKnob,
  setSiteDemand,
  toggleSelector,
  updateClass,
} from './commands';

describe('policy commands', () => {
  it('adds a valid new class with a unique id and a colour', () => {
    let design = globalEnterprise();
    design = addClass(design, newClass(design, 'Video'));
    const added = design.trafficClasses.at(-1)!;
    expect(added.id).toBe('video-2');
    expect(DesignSchema.safeParse(design).success).toBe(true);
    expect(DesignSchema.safeParse(addBoth(design)).success).toBe(true);
  });

  it('returns the same design for no-op edits (no undo step)', () => {
    const design = globalEnterprise();
    expect(updateClass(design, 'missing', (c) => ({ ...c, name: 'x' }))).toBe(design);
    expect(updateClass(design, 'video', (c) => c)).toBe(design);
    expect(movePbrRule(design, 'china-cloud-local', -1)).toBe(design);
    expect(setRouterKnob(design, 'hub-ams', 'maximumPaths', undefined)).toBe(design);
    expect(setSiteDemand(design, 'site-nyc', 'video', 80)).toBe(design);
    expect(removeClass(design, 'nope')).toBe(design);
  });

  it('removes a class with the site demands and PBR matches that named it', () => {
    const design = globalEnterprise();
    const withRule = {
      ...design,
      pbrRules: [
        ...design.pbrRules,
        {
          ...newPbrRule(design),
          match: { dscp: [], protocol: 'any' as const, ports: [], destinationPrefixes: [], trafficClass: 'video' },
        },
      ],
    };
    const next = removeClass(withRule, 'video');
    expect(next.trafficClasses.some((c) => c.id === 'video')).toBe(false);
    const nyc = next.nodes.find((n) => n.id === 'site-nyc');
    expect(nyc?.kind === 'site' && nyc.demandMbps).toEqual({ backup: 400 });
    expect(next.pbrRules.at(-1)!.match.trafficClass).toBeUndefined();
  });

  it('reorders PBR rules and clamps at the ends', () => {
    let design = globalEnterprise();
    design = {
      ...design,
      pbrRules: [...design.pbrRules, { ...newPbrRule(design), id: 'b' }, { ...newPbrRule(design), id: 'c' }],
    };
    expect(movePbrRule(design, 'c', -1).pbrRules.map((r) => r.id)).toEqual(['china-cloud-local', 'c', 'b']);
    expect(movePbrRule(design, 'china-cloud-local', 5).pbrRules.map((r) => r.id)).toEqual([
      'b',
      'c',
      'china-cloud-local',
    ]);
  });

  it('sets and clears site demand and router knobs', () => {
    let design = setSiteDemand(globalEnterprise(), 'site-dal', 'video', 30);
    let dal = design.nodes.find((n) => n.id === 'site-dal');
    expect(dal?.kind === 'site' && dal.demandMbps).toEqual({ video: 30 });
    design = setSiteDemand(design, 'site-dal', 'video', undefined);
    dal = design.nodes.find((n) => n.id === 'site-dal');
    expect(dal?.kind === 'site' && dal.demandMbps).toEqual({});
    // Clearing a demand that is not set changes nothing, also for a class named like an
    // inherited property.
    expect(setSiteDemand(design, 'site-dal', 'constructor', undefined)).toBe(design);
    design = setRouterKnob(design, 'hub-ams', 'maximumPaths', 8);
    expect(design.nodes.find((n) => n.id === 'hub-ams')!.bgp).toEqual({ maximumPaths: 8 });
    design = setRouterKnob(design, 'hub-ams', 'maximumPaths', undefined);
    expect(design.nodes.find((n) => n.id === 'hub-ams')!.bgp).toEqual({});
  });
});

function addBoth(design: ReturnType<typeof globalEnterprise>) {
  return {
    ...design,
    bgpPolicies: [...design.bgpPolicies, newBgpPolicy(design)],
    pbrRules: [...design.pbrRules, newPbrRule(design)],
  };
}

describe('toggleSelector', () => {
  it('replaces "every site" with a pick, adds and removes picks, never empties the scope', () => {
    expect(toggleSelector(['*'], 'tag:eu')).toEqual(['tag:eu']);
    expect(toggleSelector(['tag:eu'], 'site-nyc')).toEqual(['tag:eu', 'site-nyc']);
    expect(toggleSelector(['tag:eu', 'site-nyc'], 'tag:eu')).toEqual(['site-nyc']);
    expect(toggleSelector(['site-nyc'], 'site-nyc')).toEqual(['site-nyc']);
    expect(toggleSelector(['tag:eu', 'site-nyc'], '*')).toEqual(['*']);
  });
});
