// Lint findings for the current design, recomputed after each edit. Deferred, so typing stays
// responsive on big designs: React renders the findings once it has time.
import { useDeferredValue, useMemo } from 'react';
import { lintDesign } from '../../lint';
import type { Diagnostic } from '../../model';
import { useDesignStore } from '../../state/design-store';

export function useLint(): readonly Diagnostic[] {
  const design = useDeferredValue(useDesignStore((s) => s.design));
  return useMemo(() => lintDesign(design), [design]);
}
