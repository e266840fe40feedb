// Which edits can change what the engine computes. Moving a node, renaming the design or saving a
// what-if scenario cannot: the engine never reads positions, meta or saved scenarios. The live
// layer asks this before it recomputes, so dropping a dragged node on a 1,000-node design does
// not keep a core busy for a second while the user goes on panning, and the resilience report
// does not call itself stale after a tidy-up of the layout.
import type { Design, DesignNode } from '../model/types';

/** Top-level fields not compared by identity: the engine never reads meta and saved scenarios,
 * and nodes are compared one by one below. */
const DESIGN_FIELDS_SKIPPED: ReadonlySet<string> = new Set(['meta', 'scenarios', 'nodes']);
/** Fields of a node that the engine never reads. */
const IGNORED_NODE_FIELDS: ReadonlySet<string> = new Set(['position']);

/**
 * True when `after` routes exactly as `before`: they differ at most in fields the engine ignores.
 * Compares by identity below the changed objects, as immutable updates leave them (the design
 * store's commands): a deep-equal copy that is not the same object counts as a change, which only
 * costs a recompute, never a wrong result.
 */
export function sameRoutingInputs(before: Design, after: Design): boolean {
  if (before === after) return true;
  if (!sameFieldsExcept(before, after, DESIGN_FIELDS_SKIPPED)) return false;
  if (before.nodes === after.nodes) return true;
  if (before.nodes.length !== after.nodes.length) return false;
  for (let i = 0; i < before.nodes.length; i++) {
    const a = before.nodes[i] as DesignNode;
    const b = after.nodes[i] as DesignNode;
    if (a !== b && !sameFieldsExcept(a, b, IGNORED_NODE_FIELDS)) return false;
  }
  return true;
}

/** Same keys, and every value identical except under `ignored`. */
function sameFieldsExcept(a: object, b: object, ignored: ReadonlySet<string>): boolean {
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  const keys = Object.keys(aRecord);
  if (keys.length !== Object.keys(bRecord).length) return false;
  for (const key of keys) {
    if (ignored.has(key)) continue;
    if (!Object.hasOwn(bRecord, key) || aRecord[key] !== bRecord[key]) return false;
  }
  return true;
}
