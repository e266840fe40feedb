// Design <-> share link. Encoding validates first, so a link that would not open is never handed
// out; decoding never throws: every failure comes back as a ShareError naming the problem.
import { deflateSync, strToU8 } from 'fflate';
import { loadDesignValue } from '../model/load';
import { CURRENT_SCHEMA_VERSION, DesignSchema } from '../model/schema';
import type { Design } from '../model/types';
import { encodeBase64Url } from './base64url';
import { encodePayloadV1 } from './codec-v1';
import { formatEnvelope, parseEnvelope } from './envelope';
import { failure, type ShareResult, schemaProblems } from './errors';
import { isJsonObject, type Json, type JsonObject } from './json';
import { PRACTICAL_LINK_CHARS } from './limits';
import { withoutSecrets } from './secrets';
import { CURRENT_LINK_VERSION, LINK_DECODERS } from './versions';

export interface EncodedLink {
  /** `#d=<version>.<data>`: append to the app's URL. */
  fragment: string;
  /** Characters in the fragment. */
  length: number;
  /** False past PRACTICAL_LINK_CHARS: offer a file instead. */
  practical: boolean;
}

export interface DecodedLink {
  design: Design;
  /** The link version it was written in. */
  linkVersion: number;
  /** Set when the design was written in an older schema and migrated on the way in. */
  migratedFrom?: number;
}

export function encodeDesignLink(design: Design): ShareResult<EncodedLink> {
  try {
    const parsed = DesignSchema.safeParse(design);
    if (!parsed.success) {
      return failure(
        'cannot-encode',
        'The design has errors; fix them before sharing it.',
        schemaProblems(parsed.error),
      );
    }
    // A JSON round trip drops undefined fields and gives the codec plain data to work on.
    const document = withoutSecrets(JSON.parse(JSON.stringify(parsed.data)) as Json);
    if (!isJsonObject(document)) return failure('internal', 'The design did not serialize to an object.');
    const compact = JSON.stringify(encodePayloadV1(document));
    const data = encodeBase64Url(deflateSync(strToU8(compact), { level: 9 }));
    const fragment = formatEnvelope(CURRENT_LINK_VERSION, data);
    return {
      ok: true,
      value: { fragment, length: fragment.length, practical: fragment.length <= PRACTICAL_LINK_CHARS },
    };
  } catch (error) {
    return failure('internal', `Could not make a link: ${errorText(error)}`);
  }
}

/** Accepts a whole URL, a fragment (`#d=...`) or `d=...`. */
export function decodeDesignLink(text: string): ShareResult<DecodedLink> {
  try {
    const envelope = parseEnvelope(text);
    if (!envelope.ok) return envelope;
    const { version, data } = envelope.value;
    const decoder = LINK_DECODERS[version];
    if (!decoder) {
      return version > CURRENT_LINK_VERSION
        ? failure(
            'newer-version',
            `The link was made by a newer Egress Designer (link version ${version}; this version reads up to ${CURRENT_LINK_VERSION}). Update the app to open it.`,
          )
        : failure('bad-version', `The link version ${version} does not exist.`);
    }
    const document = decoder(data);
    if (!document.ok) return document;
    const loaded = loadWithEarlyExit(document.value);
    if (!loaded.ok) {
      const first = loaded.problems[0];
      const summary = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : 'it is not valid';
      return failure('invalid-design', `The link's design cannot be opened: ${summary}`, loaded.problems);
    }
    const value: DecodedLink = { design: loaded.design, linkVersion: version };
    if (loaded.migratedFrom !== undefined) value.migratedFrom = loaded.migratedFrom;
    return { ok: true, value };
  } catch (error) {
    // Nothing above should throw; if it does, it is our bug, reported as data all the same.
    return failure('internal', `The link could not be read because of an internal error: ${errorText(error)}`);
  }
}

/** Rows checked on their own before the whole design (see loadWithEarlyExit). */
const EARLY_ROWS = 64;

/** Loads (migrates and validates) the decoded document. Junk rows make the schema list a problem
 * for every field of every row, seconds for a short link of 25,000 empty rows, so a document of
 * the current schema is first checked with each list cut to its first rows: if those already
 * fail, that is the answer (with the same paths). Older documents skip this, since a migration
 * may need the whole document. */
function loadWithEarlyExit(document: JsonObject) {
  if (document.schemaVersion === CURRENT_SCHEMA_VERSION) {
    let cut = false;
    const head: JsonObject = {};
    for (const [key, value] of Object.entries(document)) {
      const long = Array.isArray(value) && value.length > EARLY_ROWS;
      cut ||= long;
      Object.defineProperty(head, key, { value: long ? value.slice(0, EARLY_ROWS) : value, enumerable: true });
    }
    if (cut) {
      const early = loadDesignValue(head);
      if (!early.ok) return early;
    }
  }
  return loadDesignValue(document);
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}
