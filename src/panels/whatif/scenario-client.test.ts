import { describe, expect, it } from 'vitest';
import { hub1DownScenario, tinyDesign } from '../../canvas/overlay/overlay-fixtures';
import { createScenarioClient, type MinimalWorker } from './scenario-client';
import type { ScenarioReply, ScenarioRequest } from './scenario-protocol';

/** A worker double whose replies the test sends by hand. */
function fakeWorkers() {
  const made: (MinimalWorker & { sent: ScenarioRequest[]; terminated: boolean; reply: (r: ScenarioReply) => void })[] =
    [];
  const factory = () => {
    const w = {
      sent: [] as ScenarioRequest[],
      terminated: false,
      onmessage: null as MinimalWorker['onmessage'],
      onerror: null as MinimalWorker['onerror'],
      postMessage(m: ScenarioRequest) {
        this.sent.push(m);
      },
      terminate() {
        this.terminated = true;
      },
      reply(r: ScenarioReply) {
        this.onmessage?.({ data: r } as MessageEvent<ScenarioReply>);
      },
    };
    made.push(w);
    return w;
  };
  return { made, factory };
}

const failures = [{ kind: 'node' as const, target: 'hub-1', mode: 'hard' as const }];

describe('scenario client', () => {
  it('delivers the worker’s answer', async () => {
    const f = fakeWorkers();
    const client = createScenarioClient(f.factory);
    const p = client.scenario(tinyDesign(), failures);
    const w = f.made[0]!;
    w.reply({ id: w.sent[0]!.id, ok: true, output: { scenario: hub1DownScenario(), diagnostics: [] } });
    expect((await p).scenario.diff.moved).toHaveLength(1);
  });

  it('supersedes a running request: the old one rejects as aborted and its worker is replaced', async () => {
    const f = fakeWorkers();
    const client = createScenarioClient(f.factory);
    const first = client.scenario(tinyDesign(), failures);
    const second = client.scenario(tinyDesign(), []);
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(f.made[0]?.terminated).toBe(true);
    const w = f.made[1]!;
    w.reply({ id: w.sent[0]!.id, ok: false, error: 'bad design' });
    await expect(second).rejects.toThrow('bad design');
  });

  it('aborts on the signal', async () => {
    const f = fakeWorkers();
    const client = createScenarioClient(f.factory);
    const ctl = new AbortController();
    const p = client.scenario(tinyDesign(), failures, ctl.signal);
    ctl.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(f.made[0]?.terminated).toBe(true);
  });
});
