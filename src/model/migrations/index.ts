// The migration chain. Every schema change appends one step here, with its own test; a step
// that has shipped is never edited, so every old file and link keeps opening.
//
// A step receives the raw document of version `from` (already known to be an object) and
// returns the raw document of version `from + 1`. Steps work on plain JSON, not on the current
// types, because the types only describe the newest version.

export type RawDocument = Record<string, unknown>;

export interface Migration {
  from: number;
  /** What changed, for the changelog and the test names. */
  description: string;
  up(doc: RawDocument): RawDocument;
}

/** Version 1 is the first released schema; later steps go below, in order. */
export const MIGRATIONS: readonly Migration[] = [];

/** Applies every step from `version` up to `target`. Throws if a step is missing (a bug, not bad input). */
export function migrate(
  doc: RawDocument,
  version: number,
  target: number,
  steps: readonly Migration[] = MIGRATIONS,
): RawDocument {
  let current = doc;
  for (let v = version; v < target; v++) {
    const step = steps.find((m) => m.from === v);
    if (!step) throw new Error(`no migration from schema version ${v}`);
    current = { ...step.up(current), schemaVersion: v + 1 };
  }
  return current;
}
