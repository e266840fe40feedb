// Ids are stable, human-readable and safe in every config dialect we export (they become
// hostnames, route-map and interface descriptions), so they are restricted here, once.

export const ID_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;
export const ID_RULE = 'lowercase letters, digits and dashes, starting with a letter, at most 40';

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** Turns a free-text name into an id stem: "Frankfurt DC" -> "frankfurt-dc". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30);
  return /^[a-z]/.test(slug) ? slug : `n-${slug}`.replace(/-$/, '');
}

/** The first `${stem}-${n}` (or `stem` itself) not in `taken`. */
export function uniqueId(stem: string, taken: ReadonlySet<string>): string {
  const base = slugify(stem) || 'item';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 36)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The value a record keyed by ids holds for `id`, own entries only: an id such as
 * "constructor" is valid, and a plain `record[id]` would find Object.prototype.constructor. */
export function valueForId<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}
