import { describe, expect, it } from 'vitest';
import { acceptLegacyWorkerOptions, type ModernWorkerOptions } from './legacy-worker';

class FakeWorker {
  readonly posted: unknown[] = [];
  constructor(readonly label: string) {}
  postMessage(message: unknown) {
    this.posted.push(message);
  }
}

function setup() {
  const calls: ModernWorkerOptions[] = [];
  const made: FakeWorker[] = [];
  const create = acceptLegacyWorkerOptions(
    (options) => {
      calls.push(options);
      return 'client';
    },
    (label) => {
      const w = new FakeWorker(label);
      made.push(w);
      return w as unknown as Worker;
    },
  );
  return { create, calls, made };
}

describe('acceptLegacyWorkerOptions', () => {
  it('builds the worker for a legacy call and replays the handshake: ignore, then createData', () => {
    const { create, calls, made } = setup();
    const createData = { schemas: [{ uri: 'x' }] };
    expect(create({ label: 'yaml', moduleId: 'monaco-yaml/yaml.worker', createData })).toBe('client');
    expect(made).toHaveLength(1);
    expect(made[0]!.label).toBe('yaml');
    expect(made[0]!.posted).toEqual(['ignore', createData]);
    expect(calls).toEqual([{ worker: made[0] }]);
  });

  it('passes a modern call through untouched', () => {
    const { create, calls, made } = setup();
    const worker = new FakeWorker('own') as unknown as Worker;
    create({ worker });
    expect(made).toHaveLength(0);
    expect(calls).toEqual([{ worker }]);
    expect((worker as unknown as FakeWorker).posted).toEqual([]);
  });
});
