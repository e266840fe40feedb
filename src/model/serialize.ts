// The canonical text of a design: schema key order, two-space indent, trailing newline, no
// undefined fields. Saving the same design twice gives the same bytes, so designs diff well in git.
import YAML from 'yaml';
import { DesignSchema } from './schema';
import type { Design } from './types';

export function canonicalDesign(design: Design): Design {
  return DesignSchema.parse(design);
}

export function serializeDesignJson(design: Design): string {
  return `${JSON.stringify(canonicalDesign(design), null, 2)}\n`;
}

export function serializeDesignYaml(design: Design): string {
  return YAML.stringify(canonicalDesign(design), { lineWidth: 0 });
}
