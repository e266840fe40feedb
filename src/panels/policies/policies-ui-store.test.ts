import { beforeEach, describe, expect, it } from 'vitest';
import { globalEnterprise } from '../../model/samples/global-enterprise';
import { useUiStore } from '../../state/ui-store';
import { revealPolicy, usePoliciesUi } from './policies-ui-store';

describe('revealPolicy', () => {
  const design = globalEnterprise();
  beforeEach(() => usePoliciesUi.setState({ tab: 'yaml', classId: null, policyId: null, ruleId: null }));

  it('opens the list holding the element and selects it', () => {
    expect(revealPolicy(design, 'video')).toBe(true);
    expect(usePoliciesUi.getState()).toMatchObject({ tab: 'classes', classId: 'video' });
    expect(revealPolicy(design, 'ams-backup-for-us')).toBe(true);
    expect(usePoliciesUi.getState()).toMatchObject({ tab: 'routing', policyId: 'ams-backup-for-us' });
    expect(revealPolicy(design, 'china-cloud-local')).toBe(true);
    expect(usePoliciesUi.getState()).toMatchObject({ tab: 'pbr', ruleId: 'china-cloud-local' });
  });

  it('selects a node or link on the canvas and opens the inspector', () => {
    expect(revealPolicy(design, 'site-sha')).toBe(true);
    expect(useUiStore.getState().selection).toEqual({ nodeIds: ['site-sha'], linkIds: [] });
    expect(useUiStore.getState().rightTab).toBe('inspector');
    expect(revealPolicy(design, 'sha-ali-ec')).toBe(true);
    expect(useUiStore.getState().selection).toEqual({ nodeIds: [], linkIds: ['sha-ali-ec'] });
  });

  it('says so when nothing has that id', () => {
    expect(revealPolicy(design, 'gone')).toBe(false);
    expect(usePoliciesUi.getState().tab).toBe('yaml');
  });
});
