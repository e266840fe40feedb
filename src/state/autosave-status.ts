// Whether the latest change is in the autosave yet (shown in the status bar, awaited by e2e).
import { create } from 'zustand';

export type AutosaveStatus = 'idle' | 'pending' | 'saved' | 'error';

export const useAutosaveStatus = create<{ status: AutosaveStatus; error?: string }>()(() => ({ status: 'idle' }));
