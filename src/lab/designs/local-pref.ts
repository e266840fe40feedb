import { DEST_PREFIX, diamond, type StepDesign, VIA_HIGH } from './step-design';

/** LOCAL_PREF 200 on routes from h-high beats h-low's lower router-id. */
export const localPrefDesign: StepDesign = {
  id: 'local-pref',
  step: 'Local Pref',
  focus: { router: 'r', prefix: DEST_PREFIX, best: VIA_HIGH, ecmp: [VIA_HIGH] },
  design: diamond('Step: LOCAL_PREF', {
    configure: (b) =>
      b.bgpPolicy({ id: 'prefer-high', router: 'r', neighbor: 'h-high', direction: 'in', set: { localPref: 200 } }),
  }).build(),
};
