// Every best-path step design, in FRR's decision order. Origin is missing on purpose: the design
// schema has no way to originate a prefix with origin EGP or incomplete (every prefix is a
// `network` statement, origin IGP), so no design can isolate that step yet.
import { asPathDesign } from './as-path';
import { ebgpOverIbgpDesign } from './ebgp-over-ibgp';
import { localPrefDesign } from './local-pref';
import { medAlwaysCompareDesign, medDifferentAsDesign, medSameAsDesign } from './med';
import { multipathNoRelaxDesign, multipathRelaxDesign, multipathSameAsDesign } from './multipath';
import { peerAddressDesign, peerAddressEcmpDesign } from './peer-address';
import { routerIdDesign } from './router-id';
import type { StepDesign } from './step-design';
import { weightDesign } from './weight';

export type { StepDesign } from './step-design';

export const STEP_DESIGNS: readonly StepDesign[] = [
  weightDesign,
  localPrefDesign,
  asPathDesign,
  medSameAsDesign,
  medDifferentAsDesign,
  medAlwaysCompareDesign,
  ebgpOverIbgpDesign,
  routerIdDesign,
  peerAddressDesign,
  peerAddressEcmpDesign,
  multipathSameAsDesign,
  multipathRelaxDesign,
  multipathNoRelaxDesign,
];
