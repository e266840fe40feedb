// Which options of a long list (the nodes or links of a 1,000-node design) a picker shows for
// what the user typed: best matches first, at most `limit` of them. Rendering every option of
// such a list (a <select>) cost 30-50 ms of DOM work each time its list changed (#5), and
// scrolling through two thousand links to find one is no way to pick it anyway.

export interface PickOption {
  /** What the picker reports when the option is chosen. */
  value: string;
  /** What the user reads (and searches): a name with its id, a region, a provider. */
  label: string;
}

/** A design element as an option: found by its name or its id, both shown. */
export function namedOption(element: { id: string; name: string }): PickOption {
  return { value: element.id, label: `${element.name} (${element.id})` };
}

export interface OptionMatches<T extends PickOption> {
  /** The options to show, best first. */
  shown: T[];
  /** How many options match in all (more than shown when the limit cut the list). */
  total: number;
}

/** How well an option matches: lower is better; null when it does not. */
function rank(option: PickOption, needle: string, words: readonly string[]): number | null {
  const value = option.value.toLowerCase();
  const label = option.label.toLowerCase();
  if (value === needle || label === needle) return 0;
  if (value.startsWith(needle) || label.startsWith(needle)) return 1;
  const at = label.indexOf(needle);
  // At the start of a word of the label ("fra" finds "Hub Frankfurt"): a name, not a fragment.
  if (at > 0 && /[\s(:·,/-]/.test(label[at - 1] ?? '')) return 2;
  if (at >= 0 || value.includes(needle)) return 3;
  // Words in any order and anywhere ("new york personal" finds "New York HQ · Personal data
  // (US) → AWS"): how one names a flow by its site, class and destination.
  if (words.length > 1 && words.every((w) => label.includes(w) || value.includes(w))) return 4;
  return null;
}

/** The options matching `query` (case-insensitive, surrounding spaces ignored): exact matches
 * of an id or label first, then prefixes, then word starts, then any substring, then options
 * holding each of the query's words; in their list order within each rank. An empty query
 * matches everything, in list order. */
export function searchOptions<T extends PickOption>(
  options: readonly T[],
  query: string,
  limit: number,
): OptionMatches<T> {
  const needle = query.trim().toLowerCase();
  if (needle === '') return { shown: options.slice(0, limit), total: options.length };
  const words = needle.split(/\s+/);
  const ranked: { option: T; rank: number; index: number }[] = [];
  options.forEach((option, index) => {
    const r = rank(option, needle, words);
    if (r !== null) ranked.push({ option, rank: r, index });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return { shown: ranked.slice(0, limit).map((r) => r.option), total: ranked.length };
}
