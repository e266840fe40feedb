// The last link made by Share, shown by the Share panel. Local to the share feature.
import { create } from 'zustand';
import type { Design } from '../../model';

export interface SharedLink {
  /** The whole URL to paste: this app's address plus `#d=...`. */
  url: string;
  /** Characters in the URL. */
  length: number;
  /** False past PRACTICAL_LINK_CHARS: the panel recommends a file. */
  practical: boolean;
  /** The design the link holds (to tell when the design has changed since). */
  design: Design;
  copied: boolean;
}

export const useShareStore = create<{ link: SharedLink | null }>()(() => ({ link: null }));
