// Highlighting for exported device configs. Monaco has no grammar for router CLIs, so one small
// Monarch grammar covers the line-oriented dialects we export (FRR, IOS XE, EOS, Junos set/brace
// style, strongSwan swanctl.conf): comments, keywords, addresses, numbers, strings.
import type * as Monaco from 'monaco-editor/editor';

export const ROUTER_CONFIG_LANGUAGE = 'router-config';

const KEYWORDS = [
  'router',
  'bgp',
  'neighbor',
  'network',
  'address-family',
  'exit-address-family',
  'interface',
  'ip',
  'ipv6',
  'route-map',
  'prefix-list',
  'permit',
  'deny',
  'match',
  'set',
  'remote-as',
  'local-preference',
  'weight',
  'metric',
  'as-path',
  'prepend',
  'maximum-paths',
  'bestpath',
  'hostname',
  'description',
  'shutdown',
  'no',
  'exit',
  'end',
  'policy-options',
  'policy-statement',
  'protocols',
  'group',
  'then',
  'from',
  'term',
  'connections',
  'children',
  'secrets',
  'proposals',
  'local',
  'remote',
  'bfd',
  'peer',
  'tunnel',
  'crypto',
  'ikev2',
  'ipsec',
  'access-list',
];

const grammar: Monaco.languages.IMonarchLanguage = {
  ignoreCase: true,
  keywords: KEYWORDS,
  tokenizer: {
    root: [
      [/^\s*[!#].*$/, 'comment'],
      [/\/\/.*$/, 'comment'],
      [/"([^"\\]|\\.)*"/, 'string'],
      [/\b\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?\b/, 'number.hex'],
      [/\b\d+\b/, 'number'],
      [/[{}[\]]/, 'delimiter.bracket'],
      [/[a-zA-Z][\w-]*/, { cases: { '@keywords': 'keyword', '@default': 'identifier' } }],
    ],
  },
};

/** Registers the router-config grammar once per monaco instance. */
export function registerRouterConfigLanguage(monaco: typeof Monaco): void {
  if (monaco.languages.getLanguages().some((l) => l.id === ROUTER_CONFIG_LANGUAGE)) return;
  monaco.languages.register({ id: ROUTER_CONFIG_LANGUAGE, aliases: ['Router config'] });
  monaco.languages.setMonarchTokensProvider(ROUTER_CONFIG_LANGUAGE, grammar);
}
