// Panels load on first open so the initial bundle stays small.
import { type ComponentType, lazy } from 'react';

export function lazyPanel<M extends Record<string, unknown>>(load: () => Promise<M>): ComponentType {
  return lazy(async () => {
    const mod = await load();
    // A panel module exports its component as `default` or as its only named export.
    const component = (mod.default ?? Object.values(mod).find((v) => typeof v === 'function')) as
      | ComponentType
      | undefined;
    if (!component) throw new Error('a panel module must export a component');
    return { default: component };
  });
}
