// Which nodes and links a list of failures takes down or degrades, resolved against the design:
// a circuit fails every link riding on it, a region or provider every cloud node in it, and a
// failed node every link attached to it.
import type { Design, Failure } from '../../model';

export type FailureMark =
  | { mode: 'hard' | 'silent'; cause: 'direct' | 'circuit' | 'node' | 'region' | 'provider'; by: string }
  | { mode: 'degrade'; cause: 'direct'; by: string; addLatencyMs: number; addLossPct: number };

export interface FailedElements {
  nodes: Map<string, FailureMark>;
  links: Map<string, FailureMark>;
}

export function resolveFailures(design: Design, failures: readonly Failure[]): FailedElements {
  const nodes = new Map<string, FailureMark>();
  const links = new Map<string, FailureMark>();
  const down = (mode: Failure['mode']): 'hard' | 'silent' => (mode === 'silent' ? 'silent' : 'hard');
  for (const f of failures) {
    switch (f.kind) {
      case 'link':
        if (f.mode === 'degrade') {
          links.set(f.target, {
            mode: 'degrade',
            cause: 'direct',
            by: f.target,
            addLatencyMs: f.addLatencyMs ?? 0,
            addLossPct: f.addLossPct ?? 0,
          });
        } else links.set(f.target, { mode: down(f.mode), cause: 'direct', by: f.target });
        break;
      case 'node':
        nodes.set(f.target, { mode: down(f.mode), cause: 'direct', by: f.target });
        break;
      case 'circuit':
        for (const l of design.links)
          if (l.circuit === f.target) links.set(l.id, { mode: down(f.mode), cause: 'circuit', by: f.target });
        break;
      case 'region':
        for (const n of design.nodes)
          if (n.kind === 'cloud' && `${n.provider}:${n.region}` === f.target)
            nodes.set(n.id, { mode: down(f.mode), cause: 'region', by: f.target });
        break;
      case 'provider':
        for (const n of design.nodes)
          if (n.kind === 'cloud' && n.provider === f.target)
            nodes.set(n.id, { mode: down(f.mode), cause: 'provider', by: f.target });
        break;
    }
  }
  // Links of a failed node go down with it (a direct link failure keeps its own mark).
  for (const l of design.links) {
    if (links.has(l.id)) continue;
    const node = nodes.get(l.source) ?? nodes.get(l.target);
    if (node && node.mode !== 'degrade') links.set(l.id, { mode: node.mode, cause: 'node', by: node.by });
  }
  return { nodes, links };
}

export function describeFailureMark(mark: FailureMark): string {
  if (mark.mode === 'degrade') {
    const parts = [];
    if (mark.addLatencyMs > 0) parts.push(`+${mark.addLatencyMs} ms`);
    if (mark.addLossPct > 0) parts.push(`+${mark.addLossPct} % loss`);
    return `degraded ${parts.join(', ') || '(no change)'}`;
  }
  const how = mark.mode === 'silent' ? 'silent failure' : 'failed';
  switch (mark.cause) {
    case 'direct':
      return `✕ ${how}`;
    case 'circuit':
      return `✕ ${how}: circuit ${mark.by}`;
    case 'node':
      // Every link of a failed node carries this: keep it short, the node's badge says why.
      return '✕';
    case 'region':
      return `✕ region ${mark.by} down`;
    case 'provider':
      return `✕ provider ${mark.by} down`;
  }
}
