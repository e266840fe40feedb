import { DEST_PREFIX, diamond, type StepDesign, VIA_HIGH, VIA_LOW } from './step-design';

/** Both hubs in AS 65010: equal paths from one neighbour AS are ECMP without relax; the best of
 * the two is still chosen by router-id. */
export const multipathSameAsDesign: StepDesign = {
  id: 'multipath-same-as',
  step: 'Router ID',
  focus: { router: 'r', prefix: DEST_PREFIX, best: VIA_LOW, ecmp: [VIA_HIGH, VIA_LOW] },
  design: diamond('Step: multipath, same neighbour AS', { lowAsn: 65010, highAsn: 65010 }).build(),
};

/** Different neighbour ASes with `bgp bestpath as-path multipath-relax`: both paths installed. */
export const multipathRelaxDesign: StepDesign = {
  id: 'multipath-relax',
  step: 'Router ID',
  focus: { router: 'r', prefix: DEST_PREFIX, best: VIA_LOW, ecmp: [VIA_HIGH, VIA_LOW] },
  design: diamond('Step: multipath with relax', {
    configure: (b) =>
      b.settings({
        bgp: {
          defaultLocalPref: 100,
          maximumPaths: 4,
          compareRouterId: true,
          alwaysCompareMed: false,
          deterministicMed: false,
          multipathRelax: true,
        },
      }),
  }).build(),
};

/** The same topology without relax: one path only, although maximum-paths is 4. */
export const multipathNoRelaxDesign: StepDesign = {
  id: 'multipath-no-relax',
  step: 'Router ID',
  focus: { router: 'r', prefix: DEST_PREFIX, best: VIA_LOW, ecmp: [VIA_LOW] },
  design: diamond('Step: multipath without relax').build(),
};
