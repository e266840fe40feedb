// Opening a share link: at startup (a startup source, before the autosave) and when a link is
// pasted into the address bar of a running app (hashchange). A link that cannot be read shows
// its problem and changes nothing; a link that would replace different local work asks first,
// and the local design is kept (a backup at startup, one Undo in a running app).
import type { StartupContext, StartupResult } from '../../app/registry';
import type { Design } from '../../model';
import { describeShareError, type LinkOpening, planLinkOpening } from '../../share';
import { getDesign, replaceDesign } from '../../state/design-store';
import { notify } from '../../state/notifications';
import { clearSelection, requestFitView } from '../../state/ui-store';
import { keepBackup } from './backup';

type Choose = StartupContext['choose'];

/** Removes the link from the address bar, so a reload does not ask again. */
function clearLinkFromAddress(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

function describeDesign(d: Design): string {
  return `"${d.meta.name}" (${d.nodes.length} nodes, ${d.links.length} links)`;
}

function reportError(plan: Extract<LinkOpening, { kind: 'error' }>): void {
  notify({
    kind: 'error',
    title: 'The share link cannot be opened: your design is unchanged',
    detail: describeShareError(plan.error),
  });
}

async function askToOpen(choose: Choose, incoming: Design, local: Design, keptHow: string): Promise<boolean> {
  const choice = await choose({
    title: 'Open the shared design?',
    message: `The link holds ${describeDesign(incoming)}. Your current design ${describeDesign(local)} is different.`,
    options: [
      { id: 'open-link', label: "Open the link's design", detail: keptHow },
      { id: 'keep-mine', label: 'Keep my design', detail: 'Ignore the link; nothing changes.' },
    ],
  });
  return choice === 'open-link';
}

/** At startup: the link in the address, if any, decides the first design (before the autosave). */
export async function openLinkAtStartup(context: StartupContext): Promise<StartupResult | null> {
  const plan = planLinkOpening(window.location.hash, context.autosaved);
  clearLinkFromAddress();
  const migrated = (p: { migratedFrom?: number }) =>
    p.migratedFrom === undefined ? '' : ` (upgraded from schema version ${p.migratedFrom})`;
  switch (plan.kind) {
    case 'error':
      reportError(plan);
      return null;
    case 'open':
      return { design: plan.design, source: `Opened the shared design${migrated(plan)}` };
    case 'same':
      return { design: plan.design, source: 'The share link holds the design you already have' };
    case 'ask': {
      const local = context.autosaved!;
      const open = await askToOpen(
        context.choose,
        plan.design,
        local,
        'Your design is kept: Share ▸ Restore previous design brings it back.',
      );
      if (!open) return null;
      try {
        keepBackup(local);
      } catch (error) {
        notify({
          kind: 'error',
          title: 'The link was not opened: your design could not be backed up first',
          detail: `${String(error)}. Save your design as a file, then open the link again.`,
        });
        return null;
      }
      return { design: plan.design, source: `Opened the shared design${migrated(plan)}; your previous design is kept` };
    }
  }
}

/** A link arriving while the app runs: the current design is one Undo away after opening. */
export async function openLinkInRunningApp(link: string, choose?: Choose): Promise<void> {
  const local = getDesign();
  const plan = planLinkOpening(link, local);
  clearLinkFromAddress();
  if (plan.kind === 'error') return reportError(plan);
  if (plan.kind === 'same') {
    notify({ kind: 'info', title: 'The share link holds the design you already have' });
    return;
  }
  if (plan.kind === 'ask') {
    const ask = choose ?? (await import('../../app/dialogs')).choose;
    if (!(await askToOpen(ask, plan.design, local, 'Your design stays one Undo away.'))) return;
  }
  replaceDesign(plan.design, 'Open shared link');
  clearSelection();
  requestFitView();
  notify({ kind: 'success', title: 'Opened the shared design', detail: 'Undo brings your previous design back.' });
}
