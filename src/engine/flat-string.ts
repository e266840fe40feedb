/**
 * The same string, stored in one piece. Concatenation makes a rope (a tree of pieces) that lives
 * as long as the string does; strings the result keeps for every flow (ids, summaries) were half
 * a million small heap objects at the largest size for the garbage collector to copy. Reading a
 * character makes V8 flatten the rope in place (other engines just read it); the pieces then die
 * young.
 */
export function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}
