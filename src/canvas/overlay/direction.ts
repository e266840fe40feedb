// Which way traffic crosses a link: links are drawn source → target as the user drew them, but
// a flow may cross one target → source, and the animation must run in the direction of travel.
import type { DesignLink } from '../../model';

/** True when the hop `from → to` crosses `link` against its drawn direction. */
export function travelsReverse(link: Pick<DesignLink, 'source' | 'target'>, from: string, to: string): boolean {
  return link.source === to && link.target === from;
}

/** Each link of a node/link path with the node it is entered from and left to. */
export function hops(
  path: readonly string[],
  links: readonly string[],
): { linkId: string; from: string; to: string }[] {
  const out: { linkId: string; from: string; to: string }[] = [];
  for (let i = 0; i < links.length; i++) {
    const from = path[i];
    const to = path[i + 1];
    const linkId = links[i];
    if (from === undefined || to === undefined || linkId === undefined) break;
    out.push({ linkId, from, to });
  }
  return out;
}
