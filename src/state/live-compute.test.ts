import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trafficOverlay } from '../canvas/overlay/build-overlay';
import { baselineResult, hub1DownScenario, tinyDesign } from '../canvas/overlay/overlay-fixtures';
import { diffOverlay } from '../canvas/overlay/patch';
import type { SweepProgress } from '../engine/types';
import type { Design } from '../model';
import { scenarioView } from '../panels/whatif/scenario-view';
import { resultView } from '../worker/analysis-session';
import type { ComputeReply, ScenarioReply, SweepReply } from '../worker/analysis-view';
import { useAnalysisStore } from './analysis-store';
import { moveNodesCommand } from './commands';
import { initDesign, updateDesign } from './design-store';
import { type AnalysisEngine, askHeld, type LiveCompute, startLiveCompute, startOverlaySync } from './live-compute';
import { useOverlayStore } from './overlay-store';
import { resetResults, useResultsStore } from './results-store';

/** An engine whose answers the test releases by hand, to play out races. */
function manualEngine() {
  const computes: {
    design: Design;
    resolve: (o: ComputeReply) => void;
    reject: (e: unknown) => void;
    signal: AbortSignal;
  }[] = [];
  const scenarios: { resolve: (o: ScenarioReply) => void; signal: AbortSignal }[] = [];
  let sweepRun: {
    resolve: (o: SweepReply) => void;
    onProgress: (p: SweepProgress) => void;
    signal: AbortSignal;
  } | null = null;
  const engine: AnalysisEngine = {
    compute: (design, _ticket, signal) =>
      new Promise((resolve, reject) => computes.push({ design, resolve, reject, signal })),
    scenario: (_design, _failures, _ticket, signal) => new Promise((resolve) => scenarios.push({ resolve, signal })),
    sweep: (_design, { signal, onProgress }) =>
      new Promise((resolve, reject) => {
        sweepRun = { resolve, onProgress, signal };
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      }),
  };
  return { engine, computes, scenarios, sweep: () => sweepRun };
}

const output = (marker: number): ComputeReply => {
  const result = baselineResult();
  result.totals.costPerMonth = marker;
  return { result: resultView(marker, tinyDesign(), result), diagnostics: [] };
};

/** An edit the engine reads (names appear in its explanations). */
function renameFirstNode(name: string): void {
  updateDesign('rename', (d) => ({ ...d, nodes: d.nodes.map((n, i) => (i === 0 ? { ...n, name } : n)) }));
}

let live: LiveCompute | null = null;

beforeEach(() => {
  vi.useFakeTimers();
  resetResults();
  useAnalysisStore.setState({ mode: 'design', failures: [], selectedClass: null });
  initDesign(tinyDesign());
});

afterEach(() => {
  live?.stop();
  live = null;
  vi.useRealTimers();
});

describe('live compute', () => {
  it('debounces a burst of edits into one compute and says so while computing', async () => {
    const m = manualEngine();
    live = startLiveCompute(m.engine, { debounceMs: 100 });
    for (let i = 0; i < 5; i++) renameFirstNode(`edit ${i}`);
    expect(useResultsStore.getState().run.status).toBe('computing');
    await vi.advanceTimersByTimeAsync(100);
    expect(m.computes).toHaveLength(1);
    expect(m.computes[0]?.design.nodes[0]?.name).toBe('edit 4');
    m.computes[0]?.resolve(output(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(useResultsStore.getState().run.status).toBe('up-to-date');
    expect(useResultsStore.getState().baseline?.totals.costPerMonth).toBe(1);
  });

  it('stores a result in a task after the one that brought it, unless a newer request came meanwhile', async () => {
    const m = manualEngine();
    live = startLiveCompute(m.engine, { debounceMs: 10 });
    await vi.advanceTimersByTimeAsync(10);
    m.computes[0]?.resolve(output(5));
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(useResultsStore.getState().baseline).toBeNull();
    await vi.advanceTimersByTimeAsync(0);
    expect(useResultsStore.getState().baseline?.totals.costPerMonth).toBe(5);
    // Superseded between its arrival and its task (a newer compute started): never stored.
    renameFirstNode('later');
    await vi.advanceTimersByTimeAsync(10);
    m.computes[1]?.resolve(output(6));
    for (let i = 0; i < 10; i++) await Promise.resolve();
    renameFirstNode('latest');
    void live.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(m.computes).toHaveLength(3);
    expect(useResultsStore.getState().baseline?.totals.costPerMonth).toBe(5);
    m.computes[2]?.resolve(output(7));
    await vi.advanceTimersByTimeAsync(0);
    expect(useResultsStore.getState().baseline?.totals.costPerMonth).toBe(7);
  });

  it('drops a stale result that arrives after a newer one, and aborts the superseded request', async () => {
    const m = manualEngine();
    live = startLiveCompute(m.engine, { debounceMs: 10 });
    await vi.advanceTimersByTimeAsync(10);
    renameFirstNode('newer');
    await vi.advanceTimersByTimeAsync(10);
    expect(m.computes).toHaveLength(2);
    expect(m.computes[0]?.signal.aborted).toBe(true);
    m.computes[1]?.resolve(output(2));
    await vi.advanceTimersByTimeAsync(0);
    m.computes[0]?.resolve(output(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(useResultsStore.getState().baseline?.totals.costPerMonth).toBe(2);
  });

  it('reports an engine failure as an error status with its message, keeping the last good result', async () => {
    const m = manualEngine();
    live = startLiveCompute(m.engine, { debounceMs: 10 });
    await vi.advanceTimersByTimeAsync(10);
    m.computes[0]?.resolve(output(7));
    await vi.advanceTimersByTimeAsync(0);
    renameFirstNode('x');
    await vi.advanceTimersByTimeAsync(10);
    m.computes[1]?.reject(new Error('worker crashed'));
    await vi.advanceTimersByTimeAsync(0);
    const s = useResultsStore.getState();
    expect(s.run).toMatchObject({ status: 'error', error: 'worker crashed' });
    expect(s.baseline?.totals.costPerMonth).toBe(7);
  });

  it('counts error diagnostics as an error status', async () => {
    const m = manualEngine();
    live = startLiveCompute(m.engine, { debounceMs: 10 });
    await vi.advanceTimersByTimeAsync(10);
    m.computes[0]?.resolve({
      ...output(1),
      diagnostics: [{ severity: 'error', code: 'link.dangling-end', message: 'bad', elementId: 'l-a1' }],
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(useResultsStore.getState().run.status).toBe('error');
    expect(useResultsStore.getState().diagnostics[0]?.elementId).toBe('l-a1');
  });

  it('computes the what-if scenario when failures are set in what-if mode, and clears it on leaving', async () => {
    const m = manualEngine();
    live = startLiveCompute(m.engine, { debounceMs: 10 });
    await vi.advanceTimersByTimeAsync(10);
    m.computes[0]?.resolve(output(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(m.scenarios).toHaveLength(0);
    useAnalysisStore.getState().setMode('what-if');
    useAnalysisStore.getState().clickFail('node', 'hub-1');
    await vi.advanceTimersByTimeAsync(10);
    expect(m.scenarios).toHaveLength(1);
    const s = hub1DownScenario();
    m.scenarios[0]?.resolve({
      scenario: { ...scenarioView(s), result: resultView(2, tinyDesign(), s.result) },
      diagnostics: [],
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(useResultsStore.getState().scenario?.movedCount).toBe(1);
    useAnalysisStore.getState().setMode('design');
    await vi.advanceTimersByTimeAsync(10);
    expect(useResultsStore.getState().scenario).toBeNull();
  });

  it('does not recompute for a moved node or a renamed design, and asks scenarios of the computed design', async () => {
    const m = manualEngine();
    const scenarioDesigns: Design[] = [];
    const engine: AnalysisEngine = {
      ...m.engine,
      scenario: (design, failures, ticket, signal) => {
        scenarioDesigns.push(design);
        return m.engine.scenario(design, failures, ticket, signal);
      },
    };
    live = startLiveCompute(engine, { debounceMs: 10 });
    await vi.advanceTimersByTimeAsync(10);
    m.computes[0]?.resolve(output(1));
    await vi.advanceTimersByTimeAsync(0);
    const computed = m.computes[0]?.design;
    updateDesign('Move', (d) => moveNodesCommand(d, new Map([[d.nodes[0]?.id ?? '', { x: 900, y: 900 }]])));
    updateDesign('Rename design', (d) => ({ ...d, meta: { ...d.meta, name: 'Moved around' } }));
    await vi.advanceTimersByTimeAsync(50);
    expect(m.computes).toHaveLength(1);
    expect(useResultsStore.getState().run.status).toBe('up-to-date');
    useAnalysisStore.getState().setMode('what-if');
    useAnalysisStore.getState().clickFail('node', 'hub-1');
    await vi.advanceTimersByTimeAsync(10);
    // The worker holds this very design: it is neither cloned again nor re-examined there.
    expect(scenarioDesigns).toEqual([computed]);
    expect(scenarioDesigns[0]).toBe(computed);
    renameFirstNode('renamed');
    await vi.advanceTimersByTimeAsync(10);
    expect(m.computes).toHaveLength(2);
    expect(m.computes[1]?.design.nodes[0]?.position).toEqual({ x: 900, y: 900 });
  });

  it('runs the sweep with throttled progress and reports a cancel as cancelled', async () => {
    const m = manualEngine();
    live = startLiveCompute(m.engine, { debounceMs: 10, progressEveryMs: 100 });
    const run = live.runSweep();
    expect(useResultsStore.getState().sweep.status).toBe('running');
    // The design is handed to the worker in a later task than the one that asked.
    expect(m.sweep()).toBeNull();
    await vi.advanceTimersByTimeAsync(0);
    const sweep = m.sweep();
    sweep?.onProgress({ done: 1, total: 10, element: { kind: 'node', id: 'hub-1' } });
    sweep?.onProgress({ done: 2, total: 10, element: { kind: 'node', id: 'hub-2' } });
    expect(useResultsStore.getState().sweep.progress?.done).toBe(1);
    await vi.advanceTimersByTimeAsync(150);
    sweep?.onProgress({ done: 3, total: 10, element: { kind: 'link', id: 'l-a1' } });
    expect(useResultsStore.getState().sweep.progress?.done).toBe(3);
    live.cancelSweep();
    await run;
    expect(useResultsStore.getState().sweep.status).toBe('cancelled');
  });

  it('a sweep cancelled before its hand-off to the worker never reaches it', async () => {
    const m = manualEngine();
    live = startLiveCompute(m.engine, { debounceMs: 10 });
    const run = live.runSweep();
    live.cancelSweep();
    await vi.advanceTimersByTimeAsync(0);
    await run;
    expect(m.sweep()).toBeNull();
    expect(useResultsStore.getState().sweep.status).toBe('cancelled');
  });

  it('fills the progress bar when the sweep finishes, even if the last report was throttled away', async () => {
    const m = manualEngine();
    live = startLiveCompute(m.engine, { debounceMs: 10 });
    const run = live.runSweep();
    await vi.advanceTimersByTimeAsync(0);
    m.sweep()?.onProgress({ done: 0, total: 2, element: { kind: 'node', id: 'hub-1' } });
    m.sweep()?.resolve({
      report: {
        scenarioCount: 2,
        spofs: [],
        spofCount: 0,
        ranked: [],
        overlay: { nodes: {}, edges: {} },
        worstConvergenceS: 0,
        cancelled: false,
      },
      diagnostics: [],
    });
    // Stored in a task after the one that brought it.
    await vi.advanceTimersByTimeAsync(0);
    await run;
    expect(useResultsStore.getState().sweep).toMatchObject({ status: 'done', progress: { done: 2, total: 2 } });
  });
});

describe('overlay sync', () => {
  it('draws the traffic the worker sends and lets what-if clicks fail elements at once', async () => {
    const asked: number[] = [];
    const stop = startOverlaySync({
      traffic: async (request) => {
        asked.push(request.baselineTicket ?? -1);
        const overlay = trafficOverlay({
          ...request,
          design: tinyDesign(),
          baseline: baselineResult(),
          scenario: null,
        });
        return { id: asked.length, base: null, patch: diffOverlay(null, overlay) };
      },
    });
    useResultsStore.setState({ baseline: resultView(5, tinyDesign(), baselineResult()) });
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toEqual([5]);
    expect(useOverlayStore.getState().overlay.nodes['hub-1']?.highlight).toBe('egress');
    expect(useOverlayStore.getState().elementClick).toBeNull();
    useAnalysisStore.getState().setMode('what-if');
    const click = useOverlayStore.getState().elementClick;
    expect(click?.('node', 'hub-1')).toBe(true);
    expect(useAnalysisStore.getState().failures).toEqual([{ kind: 'node', target: 'hub-1', mode: 'hard' }]);
    // The mark is drawn on the main thread, before any scenario is computed.
    await Promise.resolve();
    expect(useOverlayStore.getState().overlay.nodes['hub-1']?.highlight).toBe('failed');
    // A focus change asks the worker again; the same results and focus do not.
    useAnalysisStore.getState().setSelectedClass('video');
    await vi.advanceTimersByTimeAsync(0);
    useAnalysisStore.getState().setSelectedClass('video');
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toHaveLength(3);
    stop();
    expect(useOverlayStore.getState().elementClick).toBeNull();
  });

  it('applies a traffic patch in a task after the one its message arrived in', async () => {
    const stop = startOverlaySync({
      traffic: async (request) => {
        const overlay = trafficOverlay({
          ...request,
          design: tinyDesign(),
          baseline: baselineResult(),
          scenario: null,
        });
        return { id: 1, base: null, patch: diffOverlay(null, overlay) };
      },
    });
    useResultsStore.setState({ baseline: resultView(3, tinyDesign(), baselineResult()) });
    // The question is asked and answered within microtasks: nothing drawn yet.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(useOverlayStore.getState().overlay.nodes['hub-1']).toBeUndefined();
    await vi.advanceTimersByTimeAsync(0);
    expect(useOverlayStore.getState().overlay.nodes['hub-1']?.highlight).toBe('egress');
    stop();
  });

  it('sends a fresh worker the overlay drawn here when it asks, and applies its patch', async () => {
    const helds: unknown[] = [];
    let calls = 0;
    const stop = startOverlaySync({
      traffic: async (request, have, held) => {
        calls++;
        const overlay = trafficOverlay({
          ...request,
          design: tinyDesign(),
          baseline: baselineResult(),
          scenario: null,
        });
        if (have === null) return { id: 1, base: null, patch: diffOverlay(null, overlay) };
        if (!held) return { needBase: true };
        helds.push(held);
        return { id: 2, base: have, patch: diffOverlay(held as typeof overlay, overlay) };
      },
    });
    useResultsStore.setState({ baseline: resultView(7, tinyDesign(), baselineResult()) });
    await vi.advanceTimersByTimeAsync(0);
    const before = useOverlayStore.getState().overlay;
    useAnalysisStore.getState().setSelectedClass('pii');
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(3);
    expect(helds).toEqual([before]);
    // Only pii's flows in focus now: site-b's video link fades; hub-1 still carries pii.
    expect(useOverlayStore.getState().overlay.edges['l-b1']?.dimmed).toBe(true);
    expect(useOverlayStore.getState().overlay.nodes['hub-1']).toBe(before.nodes['hub-1']);
    stop();
  });
});

describe('questions about held results', () => {
  it('answers null when the worker was replaced while the question waited, and passes on real errors', async () => {
    const aborted = Object.assign(new Error('aborted'), { name: 'AbortError' });
    await expect(askHeld(Promise.reject(aborted))).resolves.toBeNull();
    await expect(askHeld(Promise.reject(new Error('superseded by a newer request')))).resolves.toBeNull();
    await expect(askHeld(undefined)).resolves.toBeNull();
    await expect(askHeld(Promise.resolve(7))).resolves.toBe(7);
    await expect(askHeld(Promise.reject(new TypeError('flowOrder is broken')))).rejects.toThrow('flowOrder is broken');
  });
});
