// Autosave: the design is written (debounced) after every change and read back at startup,
// validated like any untrusted file, so a corrupt or outdated autosave can never crash the app.
import { type Design, describeProblems, loadDesignValue } from '../model';
import { useAutosaveStatus } from './autosave-status';
import { type AutosaveStorage, defaultAutosaveStorage } from './autosave-storage';
import { useDesignStore } from './design-store';

export const AUTOSAVE_DELAY_MS = 400;

export { useAutosaveStatus };

let storage: AutosaveStorage | null = null;
const getStorage = () => {
  storage ??= defaultAutosaveStorage();
  return storage;
};

/** For tests: swap the backing storage. */
export function setAutosaveStorage(next: AutosaveStorage): void {
  storage = next;
}

export type AutosaveRead = { design: Design } | { design: null; problem?: string };

export async function readAutosave(): Promise<AutosaveRead> {
  let value: unknown;
  try {
    value = await getStorage().read();
  } catch (error) {
    return { design: null, problem: `the autosave could not be read: ${String(error)}` };
  }
  if (value === undefined || value === null) return { design: null };
  const result = loadDesignValue(value);
  if (!result.ok) return { design: null, problem: describeProblems(result.problems) };
  return { design: result.design };
}

export async function writeAutosave(design: Design): Promise<void> {
  await getStorage().write(design);
}

/** Starts saving on every design change; returns a function that stops it (flushing first). */
export function startAutosave(delayMs = AUTOSAVE_DELAY_MS): () => Promise<void> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: Design | null = null;
  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const design = pending;
    pending = null;
    if (!design) return;
    try {
      await writeAutosave(design);
      // A newer change may have arrived while writing: it has its own timer.
      if (!pending) useAutosaveStatus.setState({ status: 'saved' });
    } catch (error) {
      useAutosaveStatus.setState({ status: 'error', error: String(error) });
    }
  };
  const unsubscribe = useDesignStore.subscribe((state, previous) => {
    if (state.design === previous.design) return;
    pending = state.design;
    useAutosaveStatus.setState({ status: 'pending' });
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  });
  const onHide = () => void flush();
  globalThis.addEventListener?.('pagehide', onHide);
  return async () => {
    unsubscribe();
    globalThis.removeEventListener?.('pagehide', onHide);
    await flush();
  };
}
