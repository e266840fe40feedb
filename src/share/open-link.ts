// What opening a link should do, decided without touching anything: the app shows an error, opens
// the design, or asks the user when the link would replace different local work. Pure, so the
// fuzz test can prove a bad link never changes the design in hand.
import { serializeDesignJson } from '../model/serialize';
import type { Design } from '../model/types';
import type { ShareError } from './errors';
import { decodeDesignLink } from './link';

export type LinkOpening =
  /** The link cannot be read: show the error, change nothing. */
  | { kind: 'error'; error: ShareError }
  /** Nothing local to lose: open it. */
  | { kind: 'open'; design: Design; migratedFrom?: number }
  /** The local design is the link's design already. */
  | { kind: 'same'; design: Design }
  /** The local design differs: ask whether to open the link's design or keep the local one. */
  | { kind: 'ask'; design: Design; migratedFrom?: number };

export function planLinkOpening(link: string, local: Design | null): LinkOpening {
  const decoded = decodeDesignLink(link);
  if (!decoded.ok) return { kind: 'error', error: decoded.error };
  const { design, migratedFrom } = decoded.value;
  const extra = migratedFrom === undefined ? {} : { migratedFrom };
  if (local === null) return { kind: 'open', design, ...extra };
  if (sameDesign(local, design)) return { kind: 'same', design };
  return { kind: 'ask', design, ...extra };
}

/** Equal as canonical JSON, the form the user would save. An unserializable design differs. */
export function sameDesign(a: Design, b: Design): boolean {
  try {
    return serializeDesignJson(a) === serializeDesignJson(b);
  } catch {
    return false;
  }
}
