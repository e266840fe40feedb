// Modal dialogs as state: one at a time, rendered by Dialogs.tsx.
import { create } from 'zustand';
import type { ChoiceOption } from './startup-types';

export type DialogState =
  | { kind: 'none' }
  | { kind: 'templates' }
  | {
      kind: 'choice';
      title: string;
      message: string;
      options: readonly ChoiceOption[];
      resolve: (id: string) => void;
    };

export const useDialogStore = create<{ dialog: DialogState }>()(() => ({ dialog: { kind: 'none' } }));

export function openTemplateDialog(): void {
  useDialogStore.setState({ dialog: { kind: 'templates' } });
}

export function closeDialog(): void {
  useDialogStore.setState({ dialog: { kind: 'none' } });
}

/** Asks the user to pick one option; resolves with its id (the first option if dismissed). */
export function choose(request: { title: string; message: string; options: readonly ChoiceOption[] }): Promise<string> {
  return new Promise((resolve) => {
    useDialogStore.setState({
      dialog: {
        kind: 'choice',
        ...request,
        resolve: (id) => {
          closeDialog();
          resolve(id);
        },
      },
    });
  });
}
