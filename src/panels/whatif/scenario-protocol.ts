// Messages between the live layer and scenario.worker.ts.
import type { ScenarioOutput } from '../../engine/types';
import type { Design, Failure } from '../../model';

export interface ScenarioRequest {
  id: number;
  design: Design;
  failures: Failure[];
}

export type ScenarioReply = { id: number; ok: true; output: ScenarioOutput } | { id: number; ok: false; error: string };
