// Shared circuits: links that ride one physical line fail together.
import { uniqueId } from '../../model/ids';
import type { Design } from '../../model/types';
import { takenIds } from './new-node';

export function addCircuitCommand(design: Design, name: string, node?: string): { design: Design; id: string } {
  const id = uniqueId(name || 'circuit', takenIds(design));
  const circuit = node ? { id, name, node } : { id, name };
  return { design: { ...design, circuits: [...design.circuits, circuit] }, id };
}

/** Puts a link on a circuit, or takes it off (`circuit` undefined). */
export function setLinkCircuitCommand(design: Design, linkId: string, circuit: string | undefined): Design {
  const link = design.links.find((l) => l.id === linkId);
  if (!link || link.circuit === circuit) return design;
  const { circuit: _old, ...rest } = link;
  const next = circuit === undefined ? rest : { ...rest, circuit };
  return { ...design, links: design.links.map((l) => (l.id === linkId ? next : l)) };
}
