// The lab's report: what the CLI prints (table or JSON) and the lab suites assert on.
import type { Failure } from '../model/types';
import type { RouteCheck } from './compare';
import type { ConvergenceMeasurement } from './convergence';

export interface ScenarioReport {
  /** "link a-east down", "silent loss on link a-west". */
  name: string;
  failures: Failure[];
  /** Best path / ECMP per router and prefix once FRR was stable after the failure. */
  checks: RouteCheck[];
  /** One per (site, prefix) the engine said would move. */
  convergence: ConvergenceMeasurement[];
  /** Seconds until FRR's tables were stable after the failure. */
  settledS: number;
  /** The lab came back to the baseline after the failure was undone. */
  restored: boolean;
  /** Set when the scenario could not run to the end (the lab says why). */
  error?: string;
}

export interface LabReport {
  design: string;
  timers: 'fast' | 'design';
  routers: number;
  links: number;
  /** Seconds: building (namespaces, daemons, configs), sessions Established, tables stable. */
  timings: { buildS: number; establishedS: number; stableS: number; totalS: number };
  baseline: RouteCheck[];
  scenarios: ScenarioReport[];
  /** Set when the lab could not be built or broke down; the report then says how far it got. */
  error?: string;
  summary: LabSummary;
}

export interface LabSummary {
  routesChecked: number;
  /** Routes (baseline and after failures) whose best path, ECMP set or presence differ. */
  pathMismatches: number;
  /** Baseline routes where FRR's selectionReason is not one of the engine's rival steps. */
  reasonMismatches: number;
  convergenceMeasured: number;
  convergenceInRange: number;
  /** Reported and counted, not a failure: timing is noisy here. */
  convergenceOutOfRange: number;
  /** Predicted moves FRR did not make within the time bound. */
  convergenceNotReached: number;
  /** Exit status the CLI uses: false on any path or reason mismatch, or a broken lab. */
  ok: boolean;
}
