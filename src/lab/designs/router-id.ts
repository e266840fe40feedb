import { DEST_PREFIX, diamond, type StepDesign, VIA_LOW } from './step-design';

/** Everything equal, different neighbour ASes (no multipath): the lower router-id (h-low) wins,
 * although r's session to h-high was configured first and has the lower peer address. */
export const routerIdDesign: StepDesign = {
  id: 'router-id',
  step: 'Router ID',
  focus: { router: 'r', prefix: DEST_PREFIX, best: VIA_LOW, ecmp: [VIA_LOW] },
  design: diamond('Step: router-id').build(),
};
