import { DEST_PREFIX, diamond, type StepDesign, VIA_HIGH, VIA_LOW } from './step-design';

/** Both hubs in AS 65010 (one neighbour AS): h-low's MED 50 loses to h-high's missing MED (0). */
export const medSameAsDesign: StepDesign = {
  id: 'med-same-as',
  step: 'MED',
  focus: { router: 'r', prefix: DEST_PREFIX, best: VIA_HIGH, ecmp: [VIA_HIGH] },
  design: diamond('Step: MED, same neighbour AS', {
    lowAsn: 65010,
    highAsn: 65010,
    configure: (b) =>
      b.bgpPolicy({ id: 'med-low', router: 'h-low', neighbor: 'r', direction: 'out', set: { med: 50 } }),
  }).build(),
};

/** Hubs in different ASes: h-low's worse MED is NOT compared, so its lower router-id still wins. */
export const medDifferentAsDesign: StepDesign = {
  id: 'med-different-as',
  step: 'Router ID',
  focus: { router: 'r', prefix: DEST_PREFIX, best: VIA_LOW, ecmp: [VIA_LOW] },
  design: diamond('Step: MED ignored across neighbour ASes', {
    configure: (b) =>
      b.bgpPolicy({ id: 'med-low', router: 'h-low', neighbor: 'r', direction: 'out', set: { med: 50 } }),
  }).build(),
};

/** Different neighbour ASes with `bgp always-compare-med`: now h-low's MED 50 is compared and loses. */
export const medAlwaysCompareDesign: StepDesign = {
  id: 'med-always-compare',
  step: 'MED',
  focus: { router: 'r', prefix: DEST_PREFIX, best: VIA_HIGH, ecmp: [VIA_HIGH] },
  design: diamond('Step: MED compared across neighbour ASes (always-compare-med)', {
    configure: (b) =>
      b.bgpPolicy({ id: 'med-low', router: 'h-low', neighbor: 'r', direction: 'out', set: { med: 50 } }).settings({
        bgp: {
          defaultLocalPref: 100,
          maximumPaths: 4,
          compareRouterId: true,
          alwaysCompareMed: true,
          deterministicMed: false,
          multipathRelax: false,
        },
      }),
  }).build(),
};
