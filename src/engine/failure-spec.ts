// "id[:silent]" → a Failure, resolved against the design: the command line's --fail syntax.
// A link, node or circuit id names that element; `provider:region` a cloud region; a provider
// name every cloud of that provider. `:silent` / `:hard` / `:degrade` picks the mode.
import type { Design, Failure } from '../model/types';

const MODES = ['hard', 'silent', 'degrade'] as const;

export function parseFailureSpec(design: Design, spec: string): Failure | string {
  let target = spec.trim();
  let mode: Failure['mode'] = 'hard';
  const last = target.lastIndexOf(':');
  if (last > 0 && (MODES as readonly string[]).includes(target.slice(last + 1))) {
    mode = target.slice(last + 1) as Failure['mode'];
    target = target.slice(0, last);
  }
  if (target === '') return `'${spec}' names no element`;
  if (design.links.some((l) => l.id === target)) return { kind: 'link', target, mode };
  if (design.nodes.some((n) => n.id === target)) return { kind: 'node', target, mode };
  if (design.circuits.some((c) => c.id === target)) return { kind: 'circuit', target, mode };
  if (design.nodes.some((n) => n.kind === 'cloud' && `${n.provider}:${n.region}` === target)) {
    return { kind: 'region', target, mode };
  }
  if (design.nodes.some((n) => n.kind === 'cloud' && n.provider === target)) return { kind: 'provider', target, mode };
  return `'${target}' is not a link, node, circuit, region (provider:region) or provider of this design`;
}
