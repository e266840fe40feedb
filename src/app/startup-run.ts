// The order of startup, apart from the stores so it can be tested: the first startup source to
// return a design wins (else the fallback), the design goes into the store, and only then do the
// startup services run, every one of them, whichever source supplied the design.
import type { Design } from '../model';
import type { StartupContext, StartupResult, StartupService, StartupSource } from './startup-types';

export interface StartupRun {
  sources: readonly StartupSource[];
  services: readonly StartupService[];
  context: StartupContext;
  /** The design when no source supplies one (autosave, then the sample). */
  fallback(): Promise<Design>;
  /** Puts the first design in the store. */
  init(design: Design): void;
  /** A source returned a design (for the toast). */
  onSource(result: StartupResult): void;
  /** A source or service threw: reported, and startup carries on. */
  onError(title: string, error: unknown): void;
}

/** Resolves with a function that stops every service that returned a stop function. */
export async function runStartup(run: StartupRun): Promise<() => void> {
  const design = (await fromSources(run)) ?? (await run.fallback());
  run.init(design);
  return startServices(run.services, run.onError);
}

async function fromSources(run: StartupRun): Promise<Design | null> {
  for (const source of run.sources) {
    try {
      const result = await source.load(run.context);
      if (result) {
        run.onSource(result);
        return result.design;
      }
    } catch (error) {
      run.onError(`Startup source '${source.id}' failed`, error);
    }
  }
  return null;
}

/** Starts each service once; one that throws is reported and does not stop the others. */
export function startServices(
  services: readonly StartupService[],
  onError: (title: string, error: unknown) => void,
): () => void {
  const stops: (() => void)[] = [];
  for (const service of services) {
    try {
      const stop = service.start();
      if (typeof stop === 'function') stops.push(stop);
    } catch (error) {
      onError(`Startup service '${service.id}' failed`, error);
    }
  }
  return () => {
    for (const stop of stops.reverse()) stop();
  };
}

/** A service whose code loads on demand: start() imports the module and calls its starter; a stop
 * requested before the import resolves still stops it once it has started. */
export function lazyService<K extends string>(
  load: () => Promise<Record<K, () => (() => void) | undefined>>,
  starter: K,
): () => () => void {
  return () => {
    let stopped = false;
    let stop: (() => void) | undefined;
    void load().then(
      (module) => {
        if (stopped) return;
        stop = module[starter]();
      },
      (error: unknown) => console.error(`Startup service ${starter} could not load`, error),
    );
    return () => {
      stopped = true;
      if (typeof stop === 'function') stop();
    };
  };
}
