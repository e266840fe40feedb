// Size limits for share links. They bound memory and time on hostile input (a link is text anyone
// can paste), and say when a link stops being a practical way to share.

/** Links longer than this are refused before any decoding: 1 M characters is about 750 kB of
 * compressed data, far above any design the schema allows to be drawn by hand. */
export const MAX_LINK_CHARS = 1_000_000;

/** The inflated payload may not exceed this (a decompression bomb stops here). The compact form
 * of a 5,000-node design is well under 2 MB. */
export const MAX_INFLATED_BYTES = 4 * 1024 * 1024;

/** Above this length a link is still produced, but the app recommends a file: chat apps and
 * ticket systems cut long messages, some proxies and older browsers cap URLs near 8 K, and a
 * link nobody can paste whole is worse than an attachment. */
export const PRACTICAL_LINK_CHARS = 8000;

/** Nesting deeper than this is refused: designs nest about 5 levels, and unbounded recursion on
 * hostile input could exhaust the stack. */
export const MAX_PAYLOAD_DEPTH = 32;

/** Rows a link may hold, checked before any row is expanded, so a small link of empty rows cannot
 * keep the decoder busy. Nodes and links follow the schema's limits (src/model/schema.ts: 5,000
 * and 20,000; raise these with them); the other lists have no schema limit, and no design comes
 * near 2,000 traffic classes, policies, rules, circuits or scenarios. */
export const MAX_LINK_NODES = 5000;
export const MAX_LINK_LINKS = 20000;
export const MAX_LINK_LIST_ITEMS = 2000;

/** JSON values (objects, arrays and leaves) in a payload: a 5,000-node design with every field set
 * is about 400,000; junk past this is refused before it is walked further. */
export const MAX_PAYLOAD_VALUES = 600_000;
