import { describe, expect, it } from 'vitest';
import { baselineResult, hub1DownScenario, tinyDesign } from '../../canvas/overlay/overlay-fixtures';
import { createAnalysisClient, type MinimalWorker } from './analysis-client';
import type { AnalysisReply, AnalysisRequest } from './analysis-protocol';
import { slimResult } from './slim-result';

/** A worker double whose replies the test sends by hand. */
function fakeWorkers() {
  const made: (MinimalWorker & { sent: AnalysisRequest[]; terminated: boolean; reply: (r: AnalysisReply) => void })[] =
    [];
  const factory = () => {
    const w = {
      sent: [] as AnalysisRequest[],
      terminated: false,
      onmessage: null as MinimalWorker['onmessage'],
      onerror: null as MinimalWorker['onerror'],
      postMessage(m: AnalysisRequest) {
        this.sent.push(m);
      },
      terminate() {
        this.terminated = true;
      },
      reply(r: AnalysisReply) {
        this.onmessage?.({ data: r } as MessageEvent<AnalysisReply>);
      },
    };
    made.push(w);
    return w;
  };
  return { made, factory };
}

const failures = [{ kind: 'node' as const, target: 'hub-1', mode: 'hard' as const }];

describe('analysis client', () => {
  it('reassembles a result from its flow chunks', async () => {
    const f = fakeWorkers();
    const client = createAnalysisClient(f.factory);
    const p = client.compute(tinyDesign());
    const w = f.made[0]!;
    const id = w.sent[0]!.id;
    const full = baselineResult();
    w.reply({ id, kind: 'flows', flows: full.flows.slice(0, 2) });
    w.reply({ id, kind: 'flows', flows: full.flows.slice(2) });
    w.reply({ id, kind: 'compute', output: { result: slimResult(full), diagnostics: [] } });
    const out = await p;
    expect(out.result.flows.map((x) => x.id)).toEqual(full.flows.map((x) => x.id));
    expect(out.result.linkLoads).toHaveLength(full.linkLoads.length);
  });

  it('delivers a scenario with its flows and diff', async () => {
    const f = fakeWorkers();
    const client = createAnalysisClient(f.factory);
    const p = client.scenario(tinyDesign(), failures);
    const w = f.made[0]!;
    const s = hub1DownScenario();
    w.reply({ id: w.sent[0]!.id, kind: 'flows', flows: s.result.flows });
    w.reply({
      id: w.sent[0]!.id,
      kind: 'scenario',
      output: { scenario: { ...s, result: slimResult(s.result) }, diagnostics: [] },
    });
    const out = await p;
    expect(out.scenario.result.flows).toHaveLength(3);
    expect(out.scenario.diff.dropped).toHaveLength(2);
  });

  it('supersedes a running computation: the old one rejects as aborted and its worker is replaced', async () => {
    const f = fakeWorkers();
    const client = createAnalysisClient(f.factory);
    const first = client.scenario(tinyDesign(), failures);
    const second = client.compute(tinyDesign());
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(f.made[0]?.terminated).toBe(true);
    const w = f.made[1]!;
    w.reply({ id: w.sent[0]!.id, kind: 'error', error: 'bad design' });
    await expect(second).rejects.toThrow('bad design');
  });

  it('aborts on the signal, and a late reply for it is ignored', async () => {
    const f = fakeWorkers();
    const client = createAnalysisClient(f.factory);
    const ctl = new AbortController();
    const p = client.compute(tinyDesign(), ctl.signal);
    ctl.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(f.made[0]?.terminated).toBe(true);
  });

  it('asks for one explanation without disturbing a computation', async () => {
    const f = fakeWorkers();
    const client = createAnalysisClient(f.factory);
    const computing = client.compute(tinyDesign());
    const why = client.explain('site-a|video|dest', 'baseline');
    const w = f.made[0]!;
    expect(w.terminated).toBe(false);
    const explanation = baselineResult().flows[0]!.explanation;
    w.reply({ id: w.sent[1]!.id, kind: 'explain', explanation });
    expect(await why).toEqual(explanation);
    w.reply({ id: w.sent[0]!.id, kind: 'compute', output: { result: slimResult(baselineResult()), diagnostics: [] } });
    expect((await computing).result.flows).toEqual([]);
  });
});
