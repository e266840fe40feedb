import { beforeEach, describe, expect, it } from 'vitest';
import { useAnalysisStore } from './analysis-store';

const s = () => useAnalysisStore.getState();

beforeEach(() => {
  useAnalysisStore.setState({ failures: [], clickFailureMode: 'hard', degradeBy: { addLatencyMs: 50, addLossPct: 1 } });
});

describe('analysis store: what-if clicks', () => {
  it('fails an element the chosen way, and a second click restores it', () => {
    s().setClickFailureMode('silent');
    s().clickFail('link', 'l1');
    expect(s().failures).toEqual([{ kind: 'link', target: 'l1', mode: 'silent' }]);
    s().clickFail('link', 'l1');
    expect(s().failures).toEqual([]);
  });

  it('degrades a link by the set amounts, but fails a node hard (a node has no latency)', () => {
    s().setClickFailureMode('degrade');
    s().setDegradeBy({ addLatencyMs: 80, addLossPct: 2 });
    s().clickFail('link', 'l1');
    s().clickFail('node', 'hub');
    expect(s().failures).toEqual([
      { kind: 'link', target: 'l1', mode: 'degrade', addLatencyMs: 80, addLossPct: 2 },
      { kind: 'node', target: 'hub', mode: 'hard' },
    ]);
  });

  it('replaces a failure on the same target from the menu and removes by target', () => {
    s().putFailure({ kind: 'circuit', target: 'c1', mode: 'hard' });
    s().putFailure({ kind: 'circuit', target: 'c1', mode: 'silent' });
    expect(s().failures).toEqual([{ kind: 'circuit', target: 'c1', mode: 'silent' }]);
    s().removeFailure('circuit', 'c1');
    expect(s().failures).toEqual([]);
  });
});
