// The client over a real MessageChannel with the worker's API exposed on the other port:
// the same comlink protocol a browser worker speaks, in Node.
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { globalEnterprise } from '../model/samples/global-enterprise';
import { hubAndSpoke } from '../model/samples/templates';
import { createEngineClient, type WorkerFactory } from './engine-client';
import { exposeEngine } from './engine-worker-api';

function channelFactory(spawned: { count: number; terminated: number }): WorkerFactory {
  return () => {
    const { port1, port2 } = new MessageChannel();
    exposeEngine(port2 as never);
    spawned.count++;
    return {
      endpoint: port1 as never,
      terminate: () => {
        spawned.terminated++;
        port1.close();
        port2.close();
      },
    };
  };
}

describe('engine client', () => {
  it('computes through the worker protocol', async () => {
    const client = createEngineClient(channelFactory({ count: 0, terminated: 0 }));
    const { result } = await client.compute(hubAndSpoke());
    expect(result.flows.length).toBeGreaterThan(0);
    expect(result.flows.every((f) => f.state === 'ok')).toBe(true);
    client.dispose();
  });

  it('lets the latest request win and never delivers a stale result', async () => {
    const spawned = { count: 0, terminated: 0 };
    const client = createEngineClient(channelFactory(spawned));
    const first = client.compute(globalEnterprise());
    const second = client.compute(hubAndSpoke());
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    const { result } = await second;
    expect(result.flows[0]!.site).toBe('site-a');
    expect(spawned.terminated).toBeGreaterThanOrEqual(1);
    client.dispose();
  });

  it('cancels on abort, then works again with a fresh worker', async () => {
    const spawned = { count: 0, terminated: 0 };
    const client = createEngineClient(channelFactory(spawned));
    const controller = new AbortController();
    const pending = client.compute(globalEnterprise(), {}, controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    const { result } = await client.compute(hubAndSpoke());
    expect(result.flows.length).toBe(6); // 3 sites x (AWS, internet)
    expect(spawned.count).toBe(2);
    client.dispose();
  });

  it('sweeps with progress reports', async () => {
    const client = createEngineClient(channelFactory({ count: 0, terminated: 0 }));
    const seen: number[] = [];
    const { report } = await client.sweep(hubAndSpoke(), { onProgress: (p) => seen.push(p.done) });
    expect(report.scenarios.length).toBeGreaterThan(0);
    expect(seen[0]).toBe(0);
    client.dispose();
  });
});
