// User-facing messages: errors stay until dismissed, the rest fade. Rendered by app/Toasts.tsx.
import { create } from 'zustand';

export type NotificationKind = 'error' | 'info' | 'success';

export interface Notification {
  id: number;
  kind: NotificationKind;
  title: string;
  /** More lines (e.g. one problem per line with its path). */
  detail?: string;
}

interface NotificationState {
  items: Notification[];
}

/** How long info and success messages stay, ms. Errors stay until dismissed. */
export const TOAST_MS = 5000;
const MAX_ITEMS = 5;

export const useNotifications = create<NotificationState>()(() => ({ items: [] }));

let nextId = 1;

export function notify(n: Omit<Notification, 'id'>): number {
  const id = nextId++;
  useNotifications.setState((s) => ({ items: [...s.items, { ...n, id }].slice(-MAX_ITEMS) }));
  if (n.kind !== 'error' && typeof setTimeout === 'function') setTimeout(() => dismiss(id), TOAST_MS);
  return id;
}

export function dismiss(id: number): void {
  useNotifications.setState((s) => ({ items: s.items.filter((item) => item.id !== id) }));
}

export function dismissAll(): void {
  useNotifications.setState({ items: [] });
}
