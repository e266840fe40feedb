// Lint findings for the current design, recomputed after each edit. Deferred, so typing stays
// responsive on big designs: React renders the findings once it has time. Cached per design
// object, so the panel's badge and the YAML markers share one run.
import { useDeferredValue } from 'react';
import { lintDesign } from '../../lint';
import type { Design, Diagnostic } from '../../model';
import { useDesignStore } from '../../state/design-store';

const cache = new WeakMap<Design, readonly Diagnostic[]>();

export function lintCached(design: Design): readonly Diagnostic[] {
  let findings = cache.get(design);
  if (!findings) {
    findings = lintDesign(design);
    cache.set(design, findings);
  }
  return findings;
}

export function useLint(): readonly Diagnostic[] {
  return lintCached(useDeferredValue(useDesignStore((s) => s.design)));
}
