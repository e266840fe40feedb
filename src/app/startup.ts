// Where the first design comes from: registered startup sources (share links, ...), then the
// autosave of the last session, then the built-in sample.
import type { Design } from '../model';
import { readAutosave, startAutosave } from '../state/autosave';
import { blankDesign } from '../state/blank-design';
import { initDesign } from '../state/design-store';
import { notify } from '../state/notifications';
import { requestFitView } from '../state/ui-store';
import { choose } from './dialogs';
import { STARTUP_SOURCES } from './registry';
import { loadTemplate } from './templates';

export const SAMPLE_FILE = 'sample.json';

export async function startup(): Promise<() => Promise<void>> {
  const autosave = await readAutosave();
  if (autosave.design === null && autosave.problem) {
    notify({ kind: 'error', title: 'The autosaved design could not be restored', detail: autosave.problem });
  }
  const design = (await fromSources(autosave.design)) ?? autosave.design ?? (await sampleOrEmpty());
  initDesign(design);
  requestFitView();
  // Saving starts only after the first design is in, so a failed startup never overwrites the autosave.
  return startAutosave();
}

async function fromSources(autosaved: Design | null): Promise<Design | null> {
  for (const source of STARTUP_SOURCES) {
    try {
      const result = await source.load({ autosaved, choose });
      if (result) {
        notify({ kind: 'info', title: result.source });
        return result.design;
      }
    } catch (error) {
      notify({ kind: 'error', title: `Startup source '${source.id}' failed`, detail: String(error) });
    }
  }
  return null;
}

async function sampleOrEmpty(): Promise<Design> {
  try {
    return await loadTemplate(SAMPLE_FILE);
  } catch (error) {
    notify({ kind: 'error', title: 'The sample design could not be loaded', detail: String(error) });
    return blankDesign();
  }
}
