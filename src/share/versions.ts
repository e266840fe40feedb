// Every link version ever shipped, and how to read its data part. Entries are never removed: a
// link in an old ticket must keep opening. A new version (new compression, new compact form)
// adds an entry and becomes CURRENT_LINK_VERSION; src/model migrations then upgrade the document.
import { CURRENT_SCHEMA_VERSION } from '../model/schema';
import { decodeBase64Url } from './base64url';
import { inflateBounded } from './bounded-inflate';
import { decodePayloadV1 } from './codec-v1';
import { failure, type ShareResult } from './errors';
import { isJsonObject, type Json, type JsonObject, PayloadError } from './json';
import { MAX_INFLATED_BYTES } from './limits';
import { guardPayload } from './payload-guard';

export const CURRENT_LINK_VERSION = 1;

/** Turns a version's data part into the raw design document it carries (not yet validated). */
type DataDecoder = (data: string) => ShareResult<JsonObject>;

export const LINK_DECODERS: Readonly<Record<number, DataDecoder>> = {
  // v1: compact JSON (codec-v1), raw DEFLATE, base64url.
  1: (data) => decodeDeflatedJson(data, decodePayloadV1),
};

function decodeDeflatedJson(data: string, decodePayload: (payload: Json) => JsonObject): ShareResult<JsonObject> {
  const bytes = decodeBase64Url(data);
  if (!bytes.ok) return failure('bad-base64', `The link is damaged: ${bytes.message}.`);
  const inflated = inflateBounded(bytes.bytes, MAX_INFLATED_BYTES);
  if (!inflated.ok) {
    return inflated.reason === 'too-large'
      ? failure('too-large', `The link's data is refused: ${inflated.message}.`)
      : failure('corrupt-data', `The link is damaged or incomplete: ${inflated.message}.`);
  }
  let payload: Json;
  try {
    payload = JSON.parse(utf8.decode(inflated.bytes)) as Json;
  } catch {
    return failure('not-json', 'The link is damaged: its data does not decode to a design.');
  }
  const guard = guardPayload(payload);
  if (!guard.ok) return failure(guard.code, `The link is refused: ${guard.message}.`);
  // A newer schema may also mean a compact form this version cannot expand: say so plainly first.
  const schemaVersion = isJsonObject(payload) ? payload.v : undefined;
  if (typeof schemaVersion === 'number' && schemaVersion > CURRENT_SCHEMA_VERSION) {
    return failure(
      'newer-version',
      `The link's design was made by a newer Egress Designer (schema version ${schemaVersion}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update the app to open it.`,
    );
  }
  try {
    return { ok: true, value: decodePayload(payload) };
  } catch (error) {
    if (error instanceof PayloadError) {
      return failure(
        'bad-payload',
        `The link's data is not a design in the format it claims (${error.where}: ${error.problem}).`,
      );
    }
    throw error;
  }
}

/** Rejects invalid UTF-8 instead of replacing it, so corruption is reported, not decoded. */
const utf8 = new TextDecoder('utf-8', { fatal: true });
