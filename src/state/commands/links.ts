// Link commands: connecting two nodes with defaults for their kinds, and editing a link.
import { defaultLink, guessTransport } from '../../model/defaults';
import { uniqueId } from '../../model/ids';
import type { Design, DesignLink } from '../../model/types';
import { takenIds } from './new-node';

export type ConnectResult = { ok: true; design: Design; id: string } | { ok: false; reason: string };

export function connectCommand(design: Design, source: string, target: string): ConnectResult {
  const a = design.nodes.find((n) => n.id === source);
  const b = design.nodes.find((n) => n.id === target);
  if (!a || !b) return { ok: false, reason: 'both ends must be nodes of this design' };
  if (a.id === b.id) return { ok: false, reason: 'a link needs two different nodes' };
  const { transport, encapsulation } = guessTransport(a.kind, b.kind);
  // Parallel links are allowed (MPLS plus a broadband backup); the id says which ends it joins.
  const id = uniqueId(`${shortId(a.id)}-${shortId(b.id)}`, takenIds(design));
  const link = defaultLink(id, a.id, b.id, transport, encapsulation);
  return { ok: true, design: { ...design, links: [...design.links, link] }, id };
}

export function updateLinkCommand(design: Design, id: string, recipe: (l: DesignLink) => DesignLink): Design {
  const index = design.links.findIndex((l) => l.id === id);
  const current = design.links[index];
  if (!current) return design;
  const next = recipe(current);
  if (next === current) return design;
  if (next.id !== current.id) throw new Error('updateLinkCommand cannot change a link id');
  const links = design.links.slice();
  links[index] = next;
  return { ...design, links };
}

/** Swaps a link's ends (which end is "source" matters for addressing: it takes the first address). */
export function reverseLinkCommand(design: Design, id: string): Design {
  return updateLinkCommand(design, id, (l) => ({ ...l, source: l.target, target: l.source }));
}

function shortId(id: string): string {
  return id.slice(0, 18).replace(/-+$/, '');
}
