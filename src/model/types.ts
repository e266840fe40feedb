// Types of the design document, inferred from the schema so they can never drift from it.
import type { z } from 'zod';
import type * as S from './schema';

export type Design = z.output<typeof S.DesignSchema>;
export type DesignInput = z.input<typeof S.DesignSchema>;
export type DesignNode = z.output<typeof S.DesignNodeSchema>;
export type SiteNode = z.output<typeof S.SiteNodeSchema>;
export type HubNode = z.output<typeof S.HubNodeSchema>;
export type CloudNode = z.output<typeof S.CloudNodeSchema>;
export type InternetNode = z.output<typeof S.InternetNodeSchema>;
export type DesignLink = z.output<typeof S.DesignLinkSchema>;
export type Detection = z.output<typeof S.DetectionSchema>;
export type Circuit = z.output<typeof S.CircuitSchema>;
export type TrafficClass = z.output<typeof S.TrafficClassSchema>;
export type TrafficMatch = z.output<typeof S.TrafficMatchSchema>;
export type Sla = z.output<typeof S.SlaSchema>;
export type BgpPolicy = z.output<typeof S.BgpPolicySchema>;
export type PbrRule = z.output<typeof S.PbrRuleSchema>;
export type Failure = z.output<typeof S.FailureSchema>;
export type Scenario = z.output<typeof S.ScenarioSchema>;
export type Settings = z.output<typeof S.SettingsSchema>;
export type BgpSettings = z.output<typeof S.BgpSettingsSchema>;
export type RouterBgp = z.output<typeof S.RouterBgpSchema>;
export type Position = z.output<typeof S.PositionSchema>;

// Input shapes (defaults still to apply): what a hand-written design or a builder supplies.
export type TrafficClassInput = z.input<typeof S.TrafficClassSchema>;
export type BgpPolicyInput = z.input<typeof S.BgpPolicySchema>;
export type PbrRuleInput = z.input<typeof S.PbrRuleSchema>;
