// The link envelope: `#d=<version>.<data>`. The version says how <data> is encoded, so a link
// made today still opens after the encoding changes: every version's decoder is kept forever.
// Parsing accepts what people paste: a whole URL, the fragment with or without `#`, or just
// `d=...`, with whitespace a chat app may have inserted.
import { failure, type ShareResult } from './errors';
import { MAX_LINK_CHARS } from './limits';

export const ENVELOPE_PARAM = 'd';

export interface Envelope {
  version: number;
  data: string;
}

export function formatEnvelope(version: number, data: string): string {
  return `#${ENVELOPE_PARAM}=${version}.${data}`;
}

export function parseEnvelope(input: string): ShareResult<Envelope> {
  if (input.length > MAX_LINK_CHARS) {
    return failure(
      'too-long',
      `The link is ${input.length.toLocaleString('en-US')} characters; design links are at most ${MAX_LINK_CHARS.toLocaleString('en-US')}.`,
    );
  }
  const text = input.replace(/\s+/g, '');
  if (text === '') return failure('empty', 'The link is empty.');
  const hash = text.indexOf('#');
  const fragment = hash >= 0 ? text.slice(hash + 1) : text;
  const param = fragment.split('&').find((part) => part.startsWith(`${ENVELOPE_PARAM}=`));
  if (param === undefined) {
    return failure('not-a-link', 'This is not an Egress Designer design link: it has no "#d=" part.');
  }
  const value = param.slice(ENVELOPE_PARAM.length + 1);
  const dot = value.indexOf('.');
  if (dot < 0) {
    return failure('bad-version', 'The link has no version: expected "#d=<version>.<data>".');
  }
  const versionText = value.slice(0, dot);
  if (!/^[1-9]\d{0,8}$/.test(versionText)) {
    return failure(
      'bad-version',
      `The link version ${JSON.stringify(versionText.slice(0, 20))} is not a version number.`,
    );
  }
  const data = value.slice(dot + 1);
  if (data === '') return failure('empty', 'The link has a version but no design data: it was probably cut short.');
  return { ok: true, value: { version: Number(versionText), data } };
}
