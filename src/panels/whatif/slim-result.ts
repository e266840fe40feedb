// What of an engine result crosses to the main thread (see analysis-protocol.ts). Pure.
import type { EngineResult, Flow, LinkLoad, ScenarioResult } from '../../engine/types';

/** A flow without the heavy part of its explanation: the candidates' own paths, the BGP rivals
 * and the reasoning steps. The summary, the steering rule and the deciding step stay. */
export function slimFlow(flow: Flow): Flow {
  const e = flow.explanation;
  return {
    ...flow,
    explanation: {
      summary: e.summary,
      steering: e.steering,
      bgp: e.bgp ? { ...e.bgp, best: null, rivals: [] } : null,
      candidates: [],
      steps: [],
    },
  };
}

const slimLoad = <T extends { flows: string[] }>(load: T): T => ({ ...load, flows: [] });

/** The result without RIBs, routers, sessions and per-link flow lists; flows are sent apart. */
export function slimResult(result: EngineResult): EngineResult {
  return {
    ...result,
    addressing: { routers: {}, links: {} } as unknown as EngineResult['addressing'],
    routers: {},
    sessions: [],
    ribs: {},
    flows: [],
    linkLoads: result.linkLoads.map(slimLoad<LinkLoad>),
    hubLoads: result.hubLoads.map(slimLoad),
  };
}

export function slimScenario(scenario: ScenarioResult): ScenarioResult {
  return { ...scenario, result: slimResult(scenario.result) };
}

export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
