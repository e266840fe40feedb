// What analysis draws on the canvas (paths, heat, badges, failures), filled by the visualisation
// layer; the canvas view model merges it with the design. `elementClick` lets a mode (what-if)
// take over clicks on elements before selection sees them.
import { create } from 'zustand';
import { type CanvasOverlay, EMPTY_OVERLAY } from '../canvas/overlay-types';

export type ElementClickHandler = (kind: 'node' | 'link', id: string) => boolean;

export interface OverlayState {
  overlay: CanvasOverlay;
  elementClick: ElementClickHandler | null;
}

export const useOverlayStore = create<OverlayState>()(() => ({ overlay: EMPTY_OVERLAY, elementClick: null }));

export function setOverlay(overlay: CanvasOverlay): void {
  useOverlayStore.setState({ overlay });
}

export function clearOverlay(): void {
  useOverlayStore.setState({ overlay: EMPTY_OVERLAY });
}

export function setElementClick(handler: ElementClickHandler | null): void {
  useOverlayStore.setState({ elementClick: handler });
}
