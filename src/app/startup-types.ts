// Startup providers: where the first design comes from (a share link, an embed, ...), before the
// autosave and the built-in sample.
import type { Design } from '../model';

export interface ChoiceOption {
  id: string;
  label: string;
  /** One line under the label. */
  detail?: string;
}

export interface StartupContext {
  /** The autosaved design of the last session, if any (so a provider can offer a choice). */
  autosaved: Design | null;
  /** Shows a modal with buttons and resolves with the chosen option's id. */
  choose(request: { title: string; message: string; options: readonly ChoiceOption[] }): Promise<string>;
}

export interface StartupResult {
  design: Design;
  /** Where it came from, shown in a toast ("Opened from a share link"). */
  source: string;
}

export interface StartupSource {
  id: string;
  /** Returns null to let the next source decide. Never throws on bad input: report it with
   * notify() and return null (the autosave then loads). */
  load(context: StartupContext): Promise<StartupResult | null>;
}

/** Runs once, after the first design is in the store, whichever source supplied it (live
 * analysis, ...). May return a function that stops it. Should not throw: the shell reports a
 * throw and starts the other services anyway. */
export interface StartupService {
  id: string;
  start(): (() => void) | undefined;
}
