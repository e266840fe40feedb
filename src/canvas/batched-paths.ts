// Zoomed out, many elements that look the same are drawn as one <path> (far-edges.ts,
// far-nodes.ts): this collects their path strings by look and counts them. Pure.

export interface BatchedPath {
  /** Names the look; stable across builds, so React keeps the <path> element. */
  key: string;
  d: string;
  /** How many elements the path draws (tests and the e2e checks read it). */
  count: number;
}

export interface PathBatcher<G extends BatchedPath> {
  /** Adds one element's path to the group `key`, created by `make` the first time. */
  add(key: string, make: () => Omit<G, 'key' | 'd' | 'count'>, path: string): void;
  /** The groups, each with its paths joined, by `rank` (lower paints first, underneath), then
   * by key: a stable order, so React keeps each <path> in place. */
  groups(rank: (group: G) => number): G[];
}

export function createPathBatcher<G extends BatchedPath>(): PathBatcher<G> {
  const groups = new Map<string, { group: G; parts: string[] }>();
  return {
    add(key, make, path) {
      let entry = groups.get(key);
      if (!entry) {
        entry = { group: { ...make(), key, d: '', count: 0 } as G, parts: [] };
        groups.set(key, entry);
      }
      entry.parts.push(path);
      entry.group.count++;
    },
    groups: (rank) =>
      [...groups.values()]
        .map(({ group, parts }) => ({ ...group, d: parts.join(' ') }))
        .sort((a, b) => rank(a) - rank(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  };
}
