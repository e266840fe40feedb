// Where the first design comes from: registered startup sources (share links, ...), then the
// autosave of the last session, then the built-in sample.
import type { Design } from '../model';
import { readAutosave, startAutosave } from '../state/autosave';
import { blankDesign } from '../state/blank-design';
import { initDesign } from '../state/design-store';
import { notify } from '../state/notifications';
import { requestFitView } from '../state/ui-store';
import { choose } from './dialogs';
import { STARTUP_SERVICES, STARTUP_SOURCES } from './registry';
import { runStartup } from './startup-run';
import { loadTemplate } from './templates';

export const SAMPLE_FILE = 'sample.json';

export async function startup(): Promise<() => Promise<void>> {
  const autosave = await readAutosave();
  if (autosave.design === null && autosave.problem) {
    notify({ kind: 'error', title: 'The autosaved design could not be restored', detail: autosave.problem });
  }
  const stopServices = await runStartup({
    sources: STARTUP_SOURCES,
    services: STARTUP_SERVICES,
    context: { autosaved: autosave.design, choose },
    fallback: async () => autosave.design ?? (await sampleOrEmpty()),
    init: (design) => {
      initDesign(design);
      requestFitView();
    },
    onSource: (result) => notify({ kind: 'info', title: result.source }),
    onError: (title, error) => notify({ kind: 'error', title, detail: String(error) }),
  });
  // Saving starts only after the first design is in, so a failed startup never overwrites the autosave.
  const stopAutosave = startAutosave();
  return async () => {
    stopServices();
    await stopAutosave();
  };
}

async function sampleOrEmpty(): Promise<Design> {
  try {
    return await loadTemplate(SAMPLE_FILE);
  } catch (error) {
    notify({ kind: 'error', title: 'The sample design could not be loaded', detail: String(error) });
    return blankDesign();
  }
}
