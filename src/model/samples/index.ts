// The catalogue of built-in designs: written to public/designs/ by scripts/make-sample-designs.ts
// and listed in the app's "New from template" menu.
import type { Design } from '../types';
import { globalEnterprise } from './global-enterprise';
import { dualHub, fullMesh, hubAndSpoke } from './templates';

export interface SampleEntry {
  file: string;
  title: string;
  build: () => Design;
}

export const SAMPLES: readonly SampleEntry[] = [
  { file: 'sample.json', title: 'Global enterprise (sample)', build: globalEnterprise },
  { file: 'hub-and-spoke.json', title: 'Hub and spoke', build: hubAndSpoke },
  { file: 'dual-hub.json', title: 'Dual hub', build: dualHub },
  { file: 'full-mesh.json', title: 'Full mesh', build: fullMesh },
];

export { emptyDesign } from './templates';
