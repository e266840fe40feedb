// The intent templates offered in the policies panel, in menu order.
import { bulkOnCheapestTemplate } from './bulk-on-cheapest';
import { cloudDirectPeeringTemplate } from './cloud-direct-peering';
import { personalDataInCountryTemplate } from './personal-data-in-country';
import type { PolicyTemplate } from './template';
import { videoLowestLatencyTemplate } from './video-lowest-latency';

export type { PolicyTemplate, TemplateResult } from './template';

export const POLICY_TEMPLATES: readonly PolicyTemplate[] = [
  videoLowestLatencyTemplate,
  bulkOnCheapestTemplate,
  personalDataInCountryTemplate,
  cloudDirectPeeringTemplate,
];

export function policyTemplate(id: string): PolicyTemplate | undefined {
  return POLICY_TEMPLATES.find((t) => t.id === id);
}
