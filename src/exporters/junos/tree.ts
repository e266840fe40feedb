// Junos configuration is a tree of blocks and `statement;` leaves. Building the tree first and
// formatting it once keeps braces balanced by construction: no renderer counts `}` by hand.

export type ConfigNode =
  | { kind: 'statement'; text: string }
  | { kind: 'block'; name: string; children: ConfigNode[] }
  | { kind: 'comment'; text: string };

export const statement = (text: string): ConfigNode => ({ kind: 'statement', text });
export const comment = (text: string): ConfigNode => ({ kind: 'comment', text });
export const block = (name: string, children: (ConfigNode | null | undefined | false)[]): ConfigNode => ({
  kind: 'block',
  name,
  children: children.filter((c): c is ConfigNode => !!c),
});

/** Formats nodes with 4-space indentation; blocks with nothing inside are left out. */
export function formatTree(nodes: readonly ConfigNode[], depth = 0): string[] {
  const pad = '    '.repeat(depth);
  const out: string[] = [];
  for (const node of nodes) {
    switch (node.kind) {
      case 'statement':
        out.push(`${pad}${node.text};`);
        break;
      case 'comment':
        out.push(`${pad}/* ${node.text} */`);
        break;
      case 'block': {
        const inner = formatTree(node.children, depth + 1);
        if (inner.length === 0) break;
        out.push(`${pad}${node.name} {`, ...inner, `${pad}}`);
        break;
      }
    }
  }
  return out;
}
