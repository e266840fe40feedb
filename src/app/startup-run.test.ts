import { describe, expect, it, vi } from 'vitest';
import type { Design } from '../model';
import { blankDesign } from '../state/blank-design';
import type { StartupRun } from './startup-run';
import { runStartup, startServices } from './startup-run';
import type { StartupService, StartupSource } from './startup-types';

function named(name: string): Design {
  const d = blankDesign();
  return { ...d, meta: { ...d.meta, name } };
}

function harness(sources: StartupSource[], services: StartupService[]) {
  const events: string[] = [];
  const run: StartupRun = {
    sources,
    services,
    context: { autosaved: null, choose: async () => '' },
    fallback: async () => named('fallback'),
    init: (design) => events.push(`init:${design.meta.name}`),
    onSource: (result) => events.push(`source:${result.source}`),
    onError: (title) => events.push(`error:${title}`),
  };
  return { run, events };
}

const service = (id: string, events: string[]): StartupService => ({
  id,
  start: () => {
    events.push(`start:${id}`);
    return () => events.push(`stop:${id}`);
  },
});

describe('runStartup', () => {
  it('starts the services after the design from the FIRST source is in the store', async () => {
    const events: string[] = [];
    const { run } = harness(
      [
        { id: 'link', load: async () => ({ design: named('from-link'), source: 'link' }) },
        { id: 'never', load: async () => ({ design: named('never'), source: 'never' }) },
      ],
      [service('analysis', events)],
    );
    run.init = (design) => events.push(`init:${design.meta.name}`);
    const stop = await runStartup(run);
    expect(events).toEqual(['init:from-link', 'start:analysis']);
    stop();
    expect(events.at(-1)).toBe('stop:analysis');
  });

  it('starts the services when no source supplies a design (autosave / sample)', async () => {
    const { run, events } = harness([{ id: 'none', load: async () => null }], []);
    const started = vi.fn();
    run.services = [{ id: 'analysis', start: started }];
    await runStartup(run);
    expect(events).toEqual(['init:fallback']);
    expect(started).toHaveBeenCalledOnce();
  });

  it('reports a throwing source and carries on to the next', async () => {
    const { run, events } = harness(
      [
        {
          id: 'bad',
          load: () => {
            throw new Error('boom');
          },
        },
        { id: 'good', load: async () => ({ design: named('good'), source: 'good' }) },
      ],
      [],
    );
    await runStartup(run);
    expect(events).toEqual(["error:Startup source 'bad' failed", 'source:good', 'init:good']);
  });
});

describe('startServices', () => {
  it('starts every service even when one throws, and stops them in reverse order', () => {
    const events: string[] = [];
    const errors: string[] = [];
    const stop = startServices(
      [
        service('a', events),
        {
          id: 'broken',
          start: () => {
            throw new Error('no worker');
          },
        },
        service('b', events),
      ],
      (title) => errors.push(title),
    );
    expect(events).toEqual(['start:a', 'start:b']);
    expect(errors).toEqual(["Startup service 'broken' failed"]);
    stop();
    expect(events.slice(2)).toEqual(['stop:b', 'stop:a']);
  });
});
