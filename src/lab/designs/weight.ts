import { DEST_PREFIX, diamond, type StepDesign, VIA_HIGH } from './step-design';

/** Weight 100 on routes from h-high beats h-low's lower router-id. */
export const weightDesign: StepDesign = {
  id: 'weight',
  step: 'Weight',
  focus: { router: 'r', prefix: DEST_PREFIX, best: VIA_HIGH, ecmp: [VIA_HIGH] },
  design: diamond('Step: weight', {
    configure: (b) =>
      b.bgpPolicy({ id: 'prefer-high', router: 'r', neighbor: 'h-high', direction: 'in', set: { weight: 100 } }),
  }).build(),
};
