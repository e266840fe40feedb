// Parsers for the policy forms, built from the document schema so a form accepts exactly what a
// loaded file or the YAML editor accepts, with the same messages.
import {
  BgpPolicySchema,
  CidrSchema,
  ID_PATTERN,
  PbrRuleSchema,
  SlaSchema,
  TrafficClassSchema,
  TrafficMatchSchema,
} from '../../model';
import {
  type Parsed,
  parseList,
  parseNumber,
  parseOptionalNumber,
  parseOptionalText,
  parseWith,
} from '../inspector/parse';

const tc = TrafficClassSchema.shape;
const match = TrafficMatchSchema.shape;
const sla = SlaSchema.shape;
const set = BgpPolicySchema.shape.set.shape;
const DSCP = match.dscp.unwrap().element;
const PORT = match.ports.unwrap().element;
const JURISDICTION = tc.allowedJurisdictions.unwrap().element;

/** `*`, `tag:<tag>` or a node id: what appliesTo, router and neighbor accept. */
export function parseSelector(text: string): Parsed<string> {
  if (text === '*' || ID_PATTERN.test(text) || /^tag:[a-z0-9][a-z0-9-]{0,30}$/.test(text))
    return { ok: true, value: text };
  return { ok: false, error: `${text}: not a node id, tag:<tag> or *` };
}

function parseSelectors(text: string, allowEmpty: boolean): Parsed<string[]> {
  const items = text.split(/[\s,]+/).filter((s) => s !== '');
  if (!allowEmpty && items.length === 0) return { ok: false, error: 'name at least one site, tag:<tag> or *' };
  const errors = items.map(parseSelector).flatMap((p) => (p.ok ? [] : [p.error]));
  return errors.length > 0 ? { ok: false, error: errors.join('\n') } : { ok: true, value: items };
}

function parseNumbers(text: string, each: (s: string) => Parsed<number>): Parsed<number[]> {
  const items = text.split(/[\s,]+/).filter((s) => s !== '');
  const values: number[] = [];
  for (const item of items) {
    const parsed = each(item);
    if (!parsed.ok) return { ok: false, error: `${item}: ${parsed.error}` };
    if (!values.includes(parsed.value)) values.push(parsed.value);
  }
  return { ok: true, value: values };
}

export const PP = {
  name: (s: string) => parseWith(tc.name, s),
  id: (s: string) => parseWith(tc.id, s.trim()),
  optionalName: (s: string) => parseOptionalText(s, tc.name),
  color: (s: string) => parseWith(tc.color, s),
  selectors: (s: string) => parseSelectors(s, false),
  selector: (s: string) => (s.trim() === '' ? ({ ok: false, error: 'required' } as const) : parseSelector(s.trim())),
  optionalSelector: (s: string): Parsed<string | undefined> =>
    s.trim() === '' ? { ok: true, value: undefined } : parseSelector(s.trim()),
  dscp: (s: string) => parseNumbers(s, (x) => parseNumber(x, DSCP)),
  ports: (s: string) => parseList(s, PORT),
  prefixes: (s: string) => parseList(s, CidrSchema),
  ids: (s: string) => parseList(s, tc.preferredHubs.unwrap().element),
  jurisdictions: (s: string) => parseList(s.toUpperCase().replace(/SITE/g, 'site'), JURISDICTION),
  latency: (s: string) => parseOptionalNumber(s, sla.maxLatencyMs.unwrap()),
  loss: (s: string) => parseOptionalNumber(s, sla.maxLossPct.unwrap()),
  jitter: (s: string) => parseOptionalNumber(s, sla.maxJitterMs.unwrap()),
  demand: (s: string) => parseNumber(s, tc.defaultDemandMbps.unwrap()),
  siteDemand: (s: string) => parseOptionalNumber(s, tc.defaultDemandMbps.unwrap()),
  weight: (s: string) => parseOptionalNumber(s, set.weight.unwrap()),
  localPref: (s: string) => parseOptionalNumber(s, set.localPref.unwrap()),
  med: (s: string) => parseOptionalNumber(s, set.med.unwrap()),
  prepend: (s: string) => parseOptionalNumber(s, set.asPathPrepend.unwrap()),
  pbrPorts: (s: string) => parseList(s, PbrRuleSchema.shape.match.shape.ports.unwrap().element),
};

export const FF = {
  text: (v: string) => v,
  optionalText: (v: string | undefined) => v ?? '',
  list: (v: readonly (string | number)[]) => v.join('\n'),
  inline: (v: readonly (string | number)[]) => v.join(', '),
  number: (v: number) => String(v),
  optionalNumber: (v: number | undefined) => (v === undefined ? '' : String(v)),
};
