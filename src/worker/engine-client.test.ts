// The client over a real MessageChannel with the worker's API exposed on the other port:
// the same comlink protocol a browser worker speaks, in Node.
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { NO_FOCUS } from '../canvas/overlay/focus';
import { globalEnterprise } from '../model/samples/global-enterprise';
import { hubAndSpoke } from '../model/samples/templates';
import { columnRow, flowIdAt } from '../panels/flows/flow-columns';
import { NO_FILTER } from '../panels/flows/flow-table';
import type { TrafficPatch, TrafficReply } from './analysis-view';
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
  it('computes through the worker protocol and sends the flow table as columns', async () => {
    const client = createEngineClient(channelFactory({ count: 0, terminated: 0 }));
    const { result } = await client.compute(hubAndSpoke(), 1);
    expect(result.ticket).toBe(1);
    expect(result.flows.count).toBe(6); // 3 sites x (AWS, internet)
    expect(result.flows.state).toBeInstanceOf(Uint8Array);
    expect(columnRow(result.flows, 0).state).toBe('ok');
    expect(result.totals.flows).toBe(6);
    client.dispose();
  });

  it('lets the latest computation win and never delivers a stale result', async () => {
    const spawned = { count: 0, terminated: 0 };
    const client = createEngineClient(channelFactory(spawned));
    const first = client.compute(globalEnterprise(), 1);
    const second = client.compute(hubAndSpoke(), 2);
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    const { result } = await second;
    expect(columnRow(result.flows, 0).site).toBe('site-a');
    expect(spawned.terminated).toBeGreaterThanOrEqual(1);
    client.dispose();
  });

  it('cancels on abort, then works again with a fresh worker', async () => {
    const spawned = { count: 0, terminated: 0 };
    const client = createEngineClient(channelFactory(spawned));
    const controller = new AbortController();
    const pending = client.compute(globalEnterprise(), 1, controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    const { result } = await client.compute(hubAndSpoke(), 2);
    expect(result.flows.count).toBe(6);
    expect(spawned.count).toBe(2);
    client.dispose();
  });

  it('answers questions about the results it holds without cancelling anything', async () => {
    const spawned = { count: 0, terminated: 0 };
    const client = createEngineClient(channelFactory(spawned));
    const design = globalEnterprise();
    const { result } = await client.compute(design, 1);
    const hub = design.nodes.find((n) => n.kind === 'hub')!;
    // The same design object again: the worker reuses the one it has.
    const { scenario } = await client.scenario(design, [{ kind: 'node', target: hub.id, mode: 'hard' }], 2);
    expect(scenario.result.ticket).toBe(2);
    expect(scenario.movedCount + scenario.droppedCount).toBeGreaterThan(0);

    const id = flowIdAt(result.flows, 0);
    const flow = await client.why(1, id);
    expect(flow?.id).toBe(id);
    expect(flow?.explanation.candidates.length).toBeGreaterThan(0);

    const order = await client.flowOrder({
      ticket: 1,
      filter: { ...NO_FILTER, state: 'ok' },
      sort: { key: 'site', dir: 'asc' },
    });
    expect(order).toBeInstanceOf(Uint32Array);
    expect(order!.length).toBe(result.flows.state.filter((s) => s === 0).length);

    const whatIf = { mode: 'what-if' as const, focus: NO_FOCUS, baselineTicket: 1, scenarioTicket: 2 };
    const whole = patchOf(await client.traffic(whatIf, null));
    expect(whole.patch.full).toBe(true);
    expect(Object.keys(whole.patch.edges)).toHaveLength(design.links.length);
    // Asked again with that overlay in hand: nothing changed, nothing sent.
    const again = await client.traffic(whatIf, whole.id);
    expect(again).toMatchObject({ base: whole.id, patch: { full: false, nodes: {}, edges: {} } });
    // A ticket the worker no longer holds gets no answer.
    expect(await client.why(99, id)).toBeNull();
    expect(spawned).toEqual({ count: 1, terminated: 0 });
    client.dispose();
  });

  it('sweeps with progress reports and sends the report as the panel draws it', async () => {
    const client = createEngineClient(channelFactory({ count: 0, terminated: 0 }));
    const seen: number[] = [];
    const { report } = await client.sweep(hubAndSpoke(), { onProgress: (p) => seen.push(p.done) });
    expect(report.scenarioCount).toBeGreaterThan(0);
    expect(report.ranked.length).toBeGreaterThan(0);
    expect(Object.keys(report.overlay.nodes).length).toBeGreaterThan(0);
    expect(seen[0]).toBe(0);
    client.dispose();
  });
});

/** The reply as a patch (the test fails if the worker asked for the base instead). */
function patchOf(reply: TrafficReply | null | undefined): TrafficPatch {
  if (!reply || 'needBase' in reply) throw new Error(`expected a patch, got ${JSON.stringify(reply)}`);
  return reply;
}
