// Pure helpers for the what-if panel: failure targets offered in the menu, saving a scenario
// into the design, and the convergence timeline's proportions.
import { namedOption, type PickOption } from '../../app/search-select/search-options';
import type { ConvergencePhases } from '../../engine/types';
import { type Design, type Failure, type Scenario, slugify, uniqueId } from '../../model';

/** What the menu can fail, per kind: links and nodes by name, shared circuits, every cloud region
 * and provider present in the design. */
export function failureTargets(design: Design, kind: Failure['kind']): PickOption[] {
  switch (kind) {
    case 'node':
      return design.nodes.map(namedOption);
    case 'link':
      return design.links.map((l) => (l.name ? namedOption({ id: l.id, name: l.name }) : { value: l.id, label: l.id }));
    case 'circuit': {
      // One pass over the links: a big design has a thousand circuits and twice as many links.
      const count = new Map<string, number>();
      for (const l of design.links) if (l.circuit) count.set(l.circuit, (count.get(l.circuit) ?? 0) + 1);
      return design.circuits.map((c) => ({ value: c.id, label: `${c.name}: ${count.get(c.id) ?? 0} links` }));
    }
    case 'region': {
      const seen = new Map<string, PickOption>();
      for (const n of design.nodes)
        if (n.kind === 'cloud')
          seen.set(`${n.provider}:${n.region}`, {
            value: `${n.provider}:${n.region}`,
            label: `${n.provider} ${n.region}`,
          });
      return [...seen.values()];
    }
    case 'provider': {
      const providers = new Set(design.nodes.flatMap((n) => (n.kind === 'cloud' ? [n.provider] : [])));
      return [...providers].sort().map((p) => ({ value: p, label: p }));
    }
  }
}

export function describeFailure(f: Failure, design: Design): string {
  const name =
    f.kind === 'node'
      ? design.nodes.find((n) => n.id === f.target)?.name
      : f.kind === 'link'
        ? (design.links.find((l) => l.id === f.target)?.name ?? f.target)
        : f.kind === 'circuit'
          ? design.circuits.find((c) => c.id === f.target)?.name
          : undefined;
  const what = `${f.kind} ${name && name !== f.target ? `${name} (${f.target})` : f.target}`;
  if (f.mode === 'degrade') {
    const add = [f.addLatencyMs ? `+${f.addLatencyMs} ms` : '', f.addLossPct ? `+${f.addLossPct} % loss` : '']
      .filter(Boolean)
      .join(', ');
    return `${what} degraded ${add}`.trim();
  }
  return `${what} ${f.mode === 'silent' ? 'fails silently' : 'fails'}`;
}

/** Adds (or replaces, by name) a named scenario in the design. Returns the same design when the
 * name is empty or there is nothing to save, so no empty undo step is recorded. */
export function saveScenario(design: Design, name: string, failures: readonly Failure[]): Design {
  const trimmed = name.trim().slice(0, 80);
  if (!trimmed || failures.length === 0) return design;
  const existing = design.scenarios.find((s) => s.name === trimmed);
  const id = existing?.id ?? uniqueId(slugify(trimmed), new Set(design.scenarios.map((s) => s.id)));
  const scenario: Scenario = { id, name: trimmed, failures: failures.map((f) => ({ ...f })) };
  return {
    ...design,
    scenarios: existing
      ? design.scenarios.map((s) => (s.id === existing.id ? scenario : s))
      : [...design.scenarios, scenario],
  };
}

/** Phase shares of the total, for the timeline bar (all zero when the total is zero). */
export function phaseShares(p: ConvergencePhases): { detection: number; propagation: number; fib: number } {
  const total = p.detectionS + p.propagationS + p.fibS;
  if (!(total > 0)) return { detection: 0, propagation: 0, fib: 0 };
  return { detection: p.detectionS / total, propagation: p.propagationS / total, fib: p.fibS / total };
}

/** "0.97 s", "2 min 10 s", "120 ms". */
export function formatSeconds(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '—';
  if (s < 1) return `${Math.round(s * 1000)} ms`;
  if (s < 60) return `${Number(s.toFixed(s < 10 ? 2 : 1))} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${Math.round(s - m * 60)} s`;
}
