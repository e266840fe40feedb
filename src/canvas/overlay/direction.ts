// Which way traffic crosses a link: links are drawn source → target as the user drew them, but
// a flow may cross one target → source, and the animation must run in the direction of travel.
import type { DesignLink } from '../../model';

/** True when the hop `from → to` crosses `link` against its drawn direction. */
export function travelsReverse(link: Pick<DesignLink, 'source' | 'target'>, from: string, to: string): boolean {
  return link.source === to && link.target === from;
}
