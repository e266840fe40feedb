import { describe, expect, it } from 'vitest';
import { globalEnterprise } from '../../model/samples/global-enterprise';
import { describeFailure, failureTargets, formatSeconds, phaseShares, saveScenario } from './scenario-summary';

const design = globalEnterprise();

describe('what-if helpers', () => {
  it('offers circuits, regions and providers present in the design', () => {
    expect(failureTargets(design, 'circuit').map((t) => t.value)).toEqual(['dal-broadband', 'nyc-broadband']);
    expect(failureTargets(design, 'circuit')[0]?.label).toBe('Dallas broadband line: 2 links');
    expect(failureTargets(design, 'region').map((t) => t.value)).toEqual([
      'aws:us-east-1',
      'azure:westeurope',
      'alibaba:cn-beijing',
    ]);
    expect(failureTargets(design, 'provider').map((t) => t.value)).toEqual(['alibaba', 'aws', 'azure']);
  });

  it('describes a failure in words', () => {
    expect(describeFailure({ kind: 'node', target: 'hub-ash', mode: 'hard' }, design)).toBe(
      'node Ashburn hub (hub-ash) fails',
    );
    expect(
      describeFailure(
        { kind: 'link', target: 'ash-ams-backbone', mode: 'degrade', addLatencyMs: 80, addLossPct: 2 },
        design,
      ),
    ).toBe('link ash-ams-backbone degraded +80 ms, +2 % loss');
  });

  it('saves a named scenario into the design, replacing one of the same name', () => {
    const failures = [{ kind: 'node' as const, target: 'hub-ams', mode: 'silent' as const }];
    const once = saveScenario(design, 'Amsterdam silent', failures);
    expect(once.scenarios.at(-1)).toEqual({ id: 'amsterdam-silent', name: 'Amsterdam silent', failures });
    const again = saveScenario(once, 'Amsterdam silent', [{ kind: 'node', target: 'hub-fra', mode: 'hard' }]);
    expect(again.scenarios).toHaveLength(once.scenarios.length);
    expect(again.scenarios.at(-1)?.failures[0]?.target).toBe('hub-fra');
    expect(saveScenario(design, '  ', failures)).toBe(design);
    expect(saveScenario(design, 'x', [])).toBe(design);
    // An existing id is not reused for a different name.
    expect(saveScenario(design, 'Ashburn down', failures).scenarios.at(-1)?.id).toBe('ashburn-down-2');
  });

  it('splits the convergence timeline by phase and formats seconds', () => {
    expect(phaseShares({ detectionS: 0.9, propagationS: 0.05, fibS: 0.05, totalS: 1 })).toEqual({
      detection: 0.9,
      propagation: 0.05,
      fib: 0.05,
    });
    expect(phaseShares({ detectionS: 0, propagationS: 0, fibS: 0, totalS: 0 }).detection).toBe(0);
    expect(formatSeconds(0.17)).toBe('170 ms');
    expect(formatSeconds(0.97)).toBe('970 ms');
    expect(formatSeconds(2.5)).toBe('2.5 s');
    expect(formatSeconds(180)).toBe('3 min 0 s');
  });
});
