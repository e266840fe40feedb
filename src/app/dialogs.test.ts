import { describe, expect, it } from 'vitest';
import { choose, closeDialog, openTemplateDialog, useDialogStore } from './dialogs';

describe('dialogs', () => {
  it('choose shows its options and resolves with the picked id, closing the dialog', async () => {
    const answer = choose({
      title: 'Which design?',
      message: 'The link and your autosave differ.',
      options: [
        { id: 'link', label: 'Open the link' },
        { id: 'autosave', label: 'Keep mine' },
      ],
    });
    const dialog = useDialogStore.getState().dialog;
    if (dialog.kind !== 'choice') throw new Error('no choice dialog');
    expect(dialog.options.map((o) => o.id)).toEqual(['link', 'autosave']);
    dialog.resolve('autosave');
    await expect(answer).resolves.toBe('autosave');
    expect(useDialogStore.getState().dialog.kind).toBe('none');
  });

  it('opens and closes the template picker', () => {
    openTemplateDialog();
    expect(useDialogStore.getState().dialog.kind).toBe('templates');
    closeDialog();
    expect(useDialogStore.getState().dialog.kind).toBe('none');
  });
});
