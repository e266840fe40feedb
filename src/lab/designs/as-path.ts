import { DEST_PREFIX, diamond, type StepDesign, VIA_HIGH } from './step-design';

/** h-low prepends its AS twice towards r: the longer AS_PATH loses despite the lower router-id. */
export const asPathDesign: StepDesign = {
  id: 'as-path',
  step: 'AS Path',
  focus: { router: 'r', prefix: DEST_PREFIX, best: VIA_HIGH, ecmp: [VIA_HIGH] },
  design: diamond('Step: AS_PATH length', {
    configure: (b) =>
      b.bgpPolicy({ id: 'prepend-low', router: 'h-low', neighbor: 'r', direction: 'out', set: { asPathPrepend: 2 } }),
  }).build(),
};
