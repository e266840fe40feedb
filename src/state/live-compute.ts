// The live layer: design edits and what-if failures → the engine (in the worker) → the results
// store → the canvas overlay. Debounced, latest wins: every request aborts the one before it, and
// a result that arrives for a superseded request is dropped, so a stale answer never overwrites
// a newer one. The main thread only schedules, stores and draws: the worker sends what the UI
// draws (src/worker/analysis-view.ts), including the canvas's traffic decorations.
import { type ComposeInput, composeOverlay } from '../canvas/overlay/build-overlay';
import type { FlowFocus } from '../canvas/overlay/focus';
import { applyPatch } from '../canvas/overlay/patch';
import { type CanvasOverlay, EMPTY_OVERLAY } from '../canvas/overlay-types';
import { sameRoutingInputs } from '../engine/routing-inputs';
import type { Flow, SweepProgress } from '../engine/types';
import type { Design, Diagnostic, Failure } from '../model';
import type {
  ComputeReply,
  FlowQuery,
  ScenarioReply,
  SweepReply,
  TrafficReply,
  TrafficRequest,
} from '../worker/analysis-view';
import { afterNextFrame } from './after-next-frame';
import { useAnalysisStore } from './analysis-store';
import { useDesignStore } from './design-store';
import { setElementClick, setOverlay, useOverlayStore } from './overlay-store';
import { IDLE_RUN, IDLE_SWEEP, useResultsStore } from './results-store';

/** The engine as the live layer needs it: src/worker/engine-client.ts, or a test double. */
export interface AnalysisEngine {
  /** `ticket` names the result in later questions (traffic, why, flowOrder). */
  compute(design: Design, ticket: number, signal: AbortSignal): Promise<ComputeReply>;
  scenario(design: Design, failures: Failure[], ticket: number, signal: AbortSignal): Promise<ScenarioReply>;
  /** The canvas decorations of the flows in focus (walks every flow, so the worker does it), as
   * a patch to the overlay numbered `have` held here (its content `held`, when asked for it). */
  traffic?(request: TrafficRequest, have: number | null, held?: CanvasOverlay): Promise<TrafficReply | null>;
  /** One flow's whole explanation (the main thread holds only the flow table's columns). */
  why?(ticket: number, flowId: string): Promise<Flow | null>;
  /** The flow table's rows, filtered and sorted. */
  flowOrder?(query: FlowQuery): Promise<Uint32Array | null>;
  sweep(
    design: Design,
    options: { signal: AbortSignal; onProgress: (progress: SweepProgress) => void },
  ): Promise<SweepReply>;
}

/** Resolves in a task after the next frame. A result is stored (and rendered) there, not in the
 * task of the message that brought it: that task already deserialised 27,000 flows' columns, and
 * both together made one task over 50 ms on a busy machine (#5). */
const nextFrameDone = () => new Promise<void>((resolve) => afterNextFrame(resolve));

/** Names each result; increasing across restarts of the live layer, so tickets never repeat. */
let lastTicket = 0;
const nextTicket = () => ++lastTicket;

export interface LiveOptions {
  /** Quiet time after the last edit before computing (a drag emits many edits). */
  debounceMs?: number;
  /** At most one progress update per this many ms reaches the store (and React). */
  progressEveryMs?: number;
}

export interface LiveCompute {
  stop(): void;
  /** Runs the resilience sweep on the current design (cancelling a running one). */
  runSweep(): Promise<void>;
  cancelSweep(): void;
  /** Computes now instead of after the debounce (tests, "recompute" button). */
  flush(): Promise<void>;
}

export function isAbort(error: unknown): boolean {
  return (
    (error instanceof Error || (typeof error === 'object' && error !== null)) &&
    ((error as { name?: string }).name === 'AbortError' ||
      /abort|cancel|superseded/i.test(String((error as Error).message)))
  );
}

const hasErrors = (diagnostics: readonly Diagnostic[]) => diagnostics.some((d) => d.severity === 'error');

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function startLiveCompute(engine: AnalysisEngine, options: LiveOptions = {}): LiveCompute {
  const debounceMs = options.debounceMs ?? 150;
  const progressEveryMs = options.progressEveryMs ?? 100;
  const results = useResultsStore;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let baselineCtl: AbortController | null = null;
  let scenarioCtl: AbortController | null = null;
  let sweepCtl: AbortController | null = null;
  let baselineSeq = 0;
  let scenarioSeq = 0;
  let pending: Promise<void> = Promise.resolve();
  /** The design of the newest baseline asked for: the worker holds it, and an edit that routes
   * the same (a moved node) changes nothing the engine computes. */
  let engineDesign: Design | null = null;
  const routesAsComputed = (design: Design) => engineDesign !== null && sameRoutingInputs(engineDesign, design);
  const routedDesign = (): Design => {
    const current = useDesignStore.getState().design;
    return engineDesign && routesAsComputed(current) ? engineDesign : current;
  };

  const wantsScenario = () => {
    const a = useAnalysisStore.getState();
    return a.mode === 'what-if' && a.failures.length > 0;
  };

  async function computeBaseline(): Promise<void> {
    const design = routedDesign();
    engineDesign = design;
    baselineCtl?.abort();
    const ctl = new AbortController();
    baselineCtl = ctl;
    const seq = ++baselineSeq;
    const started = performance.now();
    results.setState((s) => ({ run: { ...s.run, status: 'computing' } }));
    try {
      const out = await engine.compute(design, nextTicket(), ctl.signal);
      if (seq !== baselineSeq) return; // superseded while running: a newer request owns the store
      await nextFrameDone();
      if (seq !== baselineSeq) return;
      // Marked (User Timing) so the performance run can tell which step a long task belongs to.
      performance.mark?.('egress:baseline-arrived');
      results.setState({
        baseline: out.result,
        baselineDesign: design,
        diagnostics: out.diagnostics,
        run: {
          status: hasErrors(out.diagnostics) ? 'error' : 'up-to-date',
          error: null,
          durationMs: performance.now() - started,
        },
      });
    } catch (error) {
      if (seq !== baselineSeq || isAbort(error)) return;
      results.setState({ run: { status: 'error', error: message(error), durationMs: performance.now() - started } });
    }
  }

  async function computeScenario(): Promise<void> {
    scenarioCtl?.abort();
    const seq = ++scenarioSeq;
    if (!wantsScenario()) {
      scenarioCtl = null;
      results.setState({ scenario: null, scenarioDiagnostics: [], scenarioRun: IDLE_RUN });
      return;
    }
    // The design the baseline was computed on, while it routes as the current one: the worker
    // already holds it, so it is neither sent again nor compared there.
    const design = routedDesign();
    const failures = useAnalysisStore.getState().failures;
    const ctl = new AbortController();
    scenarioCtl = ctl;
    const started = performance.now();
    results.setState((s) => ({ scenarioRun: { ...s.scenarioRun, status: 'computing' } }));
    try {
      const out = await engine.scenario(design, failures, nextTicket(), ctl.signal);
      if (seq !== scenarioSeq) return;
      await nextFrameDone();
      if (seq !== scenarioSeq) return;
      performance.mark?.('egress:scenario-arrived');
      results.setState({
        scenario: out.scenario,
        scenarioDiagnostics: out.diagnostics,
        scenarioRun: { status: 'up-to-date', error: null, durationMs: performance.now() - started },
      });
    } catch (error) {
      if (seq !== scenarioSeq || isAbort(error)) return;
      results.setState({
        scenario: null,
        scenarioRun: { status: 'error', error: message(error), durationMs: performance.now() - started },
      });
    }
  }

  // The baseline first, then the scenario: the engine reuses the baseline it just built.
  const computeAll = (what: 'all' | 'scenario') => {
    pending = (what === 'all' ? computeBaseline() : Promise.resolve()).then(computeScenario);
    return pending;
  };

  let due: 'all' | 'scenario' | null = null;
  const schedule = (what: 'all' | 'scenario') => {
    due = due === 'all' || what === 'all' ? 'all' : 'scenario';
    if (timer) clearTimeout(timer);
    // Announce at once that the shown result is about to change.
    if (what === 'all') results.setState((s) => ({ run: { ...s.run, status: 'computing' } }));
    timer = setTimeout(() => {
      timer = null;
      const what = due ?? 'all';
      due = null;
      void computeAll(what);
    }, debounceMs);
  };

  const unsubDesign = useDesignStore.subscribe((s, prev) => {
    if (s.design !== prev.design && !routesAsComputed(s.design)) schedule('all');
  });
  const unsubAnalysis = useAnalysisStore.subscribe((s, prev) => {
    if (s.failures !== prev.failures || s.mode !== prev.mode) schedule('scenario');
  });

  schedule('all');

  return {
    stop() {
      if (timer) clearTimeout(timer);
      baselineCtl?.abort();
      scenarioCtl?.abort();
      sweepCtl?.abort();
      unsubDesign();
      unsubAnalysis();
    },
    async flush() {
      if (timer) {
        clearTimeout(timer);
        timer = null;
        const what = due ?? 'all';
        due = null;
        await computeAll(what);
      } else await pending;
    },
    cancelSweep() {
      sweepCtl?.abort();
    },
    async runSweep() {
      sweepCtl?.abort();
      const ctl = new AbortController();
      sweepCtl = ctl;
      const design = routedDesign();
      const started = performance.now();
      let lastProgressAt = Number.NEGATIVE_INFINITY;
      results.setState({ sweep: { ...IDLE_SWEEP, status: 'running', design } });
      const onProgress = (progress: SweepProgress) => {
        if (sweepCtl !== ctl) return;
        const now = performance.now();
        // Throttled: the worker may report thousands of scenarios; the bar needs ten a second.
        if (now - lastProgressAt < progressEveryMs && progress.done < progress.total) return;
        lastProgressAt = now;
        results.setState((s) => ({ sweep: { ...s.sweep, progress } }));
      };
      try {
        // The design goes to the sweep's own worker as a structured clone (24 ms at 1,000 nodes):
        // in a task of its own after the frame that shows the resilience panel, not in or before it.
        await nextFrameDone();
        if (sweepCtl !== ctl) return;
        if (ctl.signal.aborted) throw new DOMException('cancelled before it started', 'AbortError');
        const out = await engine.sweep(design, { signal: ctl.signal, onProgress });
        if (sweepCtl !== ctl) return;
        // Stored like any result: after the task that deserialised it (nextFrameDone).
        await nextFrameDone();
        if (sweepCtl !== ctl) return;
        const cancelled = out.report.cancelled || ctl.signal.aborted;
        results.setState((s) => ({
          sweep: {
            ...s.sweep,
            status: cancelled ? 'cancelled' : 'done',
            report: out.report,
            // The worker throttles its reports, so the last one may predate the end: a finished
            // sweep's bar is full.
            progress: cancelled ? s.sweep.progress : finalProgress(s.sweep.progress, out.report.scenarioCount),
            durationMs: performance.now() - started,
          },
        }));
      } catch (error) {
        if (sweepCtl !== ctl) return;
        results.setState((s) => ({
          sweep: {
            ...s.sweep,
            status: isAbort(error) || ctl.signal.aborted ? 'cancelled' : 'error',
            error: isAbort(error) ? null : message(error),
            durationMs: performance.now() - started,
          },
        }));
      }
    },
  };
}

function finalProgress(last: SweepProgress | null, scenarioCount: number): SweepProgress | null {
  const total = Math.max(last?.total ?? 0, scenarioCount);
  return last ? { done: total, total, element: last.element } : last;
}

let active: { live: LiveCompute; stopOverlay: () => void; engine: AnalysisEngine } | null = null;

/** Starts the app's live analysis once (later calls return the running one). */
export function startAnalysis(engine: AnalysisEngine, options?: LiveOptions): LiveCompute {
  if (active) return active.live;
  const stopOverlay = startOverlaySync(engine);
  const live = startLiveCompute(engine, options);
  active = { live, stopOverlay, engine };
  return live;
}

/** The running live analysis, for the panels' buttons (null before startup). */
export function getLiveCompute(): LiveCompute | null {
  return active?.live ?? null;
}

/** One flow of a result the worker holds, with its whole explanation; null when it has none. */
export function whyFlow(ticket: number, flowId: string): Promise<Flow | null> {
  return askHeld(active?.engine.why?.(ticket, flowId));
}

/** The flow table's rows to draw, in order; null without an engine or for a result it dropped. */
export function queryFlowOrder(query: FlowQuery): Promise<Uint32Array | null> {
  return askHeld(active?.engine.flowOrder?.(query));
}

/** A question about held results: answered null when there is no engine, or when the worker was
 * replaced while it waited (a newer computation or a cancel terminates it, and with it the held
 * results): the newer results are on their way and the panel asks again. An abort is not an
 * error; without this it surfaced as an unhandled rejection ("aborted") on every what-if change
 * made while the flow table or the explanation was waiting for its answer. */
export async function askHeld<T>(question: Promise<T | null> | undefined): Promise<T | null> {
  try {
    return (await question) ?? null;
  } catch (error) {
    if (isAbort(error)) return null;
    throw error;
  }
}

export function stopAnalysis(): void {
  active?.live.stop();
  active?.stopOverlay();
  active = null;
}

/** The flows in focus, from the analysis state. */
export function currentFocus(): FlowFocus {
  const a = useAnalysisStore.getState();
  return {
    trafficClass: a.selectedClass,
    site: a.selectedSite,
    destination: a.selectedDestination,
    flow: a.selectedFlow,
  };
}

/** Keeps the canvas overlay in step with the results and the analysis state, and lets what-if
 * mode take over canvas clicks (a click fails or restores the element). The worker draws the
 * traffic (it holds the flows); the main thread adds failure marks at once (a click shows before
 * the scenario is computed) or shows the heat map the sweep built. */
export function startOverlaySync(engine?: Pick<AnalysisEngine, 'traffic'>): () => void {
  // The worker's last traffic overlay as applied here, and its number: the base of the next patch.
  let traffic: CanvasOverlay = EMPTY_OVERLAY;
  let trafficId: number | null = null;
  let trafficKey = '';
  let asked = 0;
  let scheduled = false;
  let stopped = false;

  const trafficRequest = (): TrafficRequest => {
    const a = useAnalysisStore.getState();
    const r = useResultsStore.getState();
    const whatIf = a.mode === 'what-if';
    return {
      mode: a.mode,
      focus: currentFocus(),
      baselineTicket: r.baseline?.ticket ?? null,
      scenarioTicket: whatIf && a.failures.length > 0 ? (r.scenario?.result.ticket ?? null) : null,
    };
  };

  let composed: { input: ComposeInput; overlay: CanvasOverlay } | null = null;
  const draw = () => {
    // Measured (User Timing) so a performance run can tell the overlay's share of a long task.
    const started = performance.now();
    const a = useAnalysisStore.getState();
    const input: ComposeInput = {
      design: useDesignStore.getState().design,
      mode: a.mode,
      traffic,
      failures: a.mode === 'what-if' ? a.failures : NO_FAILURES,
      criticality: useResultsStore.getState().sweep.report?.overlay ?? null,
      showCriticality: a.showCriticality,
    };
    // Most store changes (a focus picked, a panel opened) change none of these: nothing to draw
    // until the worker answers.
    if (composed && sameInput(composed.input, input)) return;
    // The traffic keeps the identity of unchanged decorations (the worker sends patches) and
    // setOverlay finds by identity which elements to redraw; failure marks are rebuilt on every
    // draw, and reuse the shown mark when equal to it.
    const next = composeOverlay(input, useOverlayStore.getState().overlay);
    composed = { input, overlay: next };
    performance.measure?.('egress:overlay', { start: started, end: performance.now() });
    setOverlay(next);
  };

  const askTraffic = () => {
    const request = trafficRequest();
    const key = JSON.stringify(request);
    if (key === trafficKey) return;
    trafficKey = key;
    if (request.baselineTicket === null) {
      traffic = EMPTY_OVERLAY;
      trafficId = null;
      return;
    }
    const seq = ++asked;
    const ask = async (held?: CanvasOverlay): Promise<void> => {
      const reply = await engine?.traffic?.(request, trafficId, held);
      // A newer question is out, or the worker no longer holds these results (newer ones are
      // on their way and will ask again).
      if (stopped || seq !== asked || !reply) return;
      // A fresh worker (after a cancelled computation) does not know what is drawn here: send
      // it, so the answer is still a patch and only what changed redraws.
      if ('needBase' in reply) return held ? undefined : ask(traffic);
      if (reply.base !== null && reply.base !== trafficId) return;
      performance.mark?.('egress:traffic-arrived');
      // Applied in a task of its own (nextFrameDone): a first result's patch holds all 3,000
      // decorations.
      await nextFrameDone();
      if (stopped || seq !== asked) return;
      traffic = applyPatch(reply.base === null ? EMPTY_OVERLAY : traffic, reply.patch);
      trafficId = reply.id;
      draw();
    };
    void ask().catch((error: unknown) => {
      if (!isAbort(error)) console.error('The canvas overlay could not be built', error);
    });
  };

  const refresh = () => {
    scheduled = false;
    askTraffic();
    draw();
  };
  // Several stores change in one gesture: draw once, after they all have.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(refresh);
  };
  const unsubs = [
    // Only what the overlay draws: sweep progress ticks ten times a second and must not redraw it.
    useResultsStore.subscribe((s, p) => {
      if (s.baseline !== p.baseline || s.scenario !== p.scenario || s.sweep.report !== p.sweep.report) schedule();
    }),
    useDesignStore.subscribe((s, p) => {
      if (s.design !== p.design) schedule();
    }),
    useAnalysisStore.subscribe((s, p) => {
      if (s.mode !== p.mode) setElementClick(s.mode === 'what-if' ? whatIfClick : null);
      schedule();
    }),
  ];
  if (useAnalysisStore.getState().mode === 'what-if') setElementClick(whatIfClick);
  refresh();
  return () => {
    stopped = true;
    for (const u of unsubs) u();
    setElementClick(null);
  };
}

const NO_FAILURES: Failure[] = [];

function sameInput(a: ComposeInput, b: ComposeInput): boolean {
  return (Object.keys(a) as (keyof ComposeInput)[]).every((k) => a[k] === b[k]);
}

function whatIfClick(kind: 'node' | 'link', id: string): boolean {
  useAnalysisStore.getState().clickFail(kind, id);
  return true;
}
