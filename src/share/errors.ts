// Every way a share link or a shared file can fail, as data. Decoders return these instead of
// throwing, so the app can show the message and leave the current design and autosave alone.
import { formatPath, type LoadProblem } from '../model/load';

export type ShareErrorCode =
  /** Nothing to decode. */
  | 'empty'
  /** The text holds no `d=<version>.<data>` part. */
  | 'not-a-link'
  /** The version is not a positive whole number. */
  | 'bad-version'
  /** The link was made by a newer Egress Designer. */
  | 'newer-version'
  /** The link text is longer than any design link can be. */
  | 'too-long'
  /** The data part is not base64url. */
  | 'bad-base64'
  /** The compressed data is corrupt or truncated. */
  | 'corrupt-data'
  /** The data would inflate past the cap (a decompression bomb, or not a design). */
  | 'too-large'
  /** The inflated data is not JSON. */
  | 'not-json'
  /** A key such as `__proto__` that could alter program objects. */
  | 'forbidden-key'
  /** JSON, but not in the shape the link version describes. */
  | 'bad-payload'
  /** Decoded, but the design does not pass the schema (or needs a newer app). */
  | 'invalid-design'
  /** The design cannot be shared as it is (it does not pass the schema). */
  | 'cannot-encode'
  /** A bug: something threw that should not have. Reported, never rethrown. */
  | 'internal';

export interface ShareError {
  code: ShareErrorCode;
  /** One sentence for the user, naming the problem. */
  message: string;
  /** For `invalid-design` / `cannot-encode`: each problem with its path in the design. */
  problems?: LoadProblem[];
}

export type ShareResult<T> = { ok: true; value: T } | { ok: false; error: ShareError };

export function shareError(code: ShareErrorCode, message: string, problems?: LoadProblem[]): ShareError {
  return problems ? { code, message, problems } : { code, message };
}

export function failure<T>(code: ShareErrorCode, message: string, problems?: LoadProblem[]): ShareResult<T> {
  return { ok: false, error: shareError(code, message, problems) };
}

/** The message plus one line per problem, for banners and the command line. */
export function describeShareError(error: ShareError): string {
  const lines = (error.problems ?? [])
    .slice(0, 10)
    .map((p) => (p.path ? `  ${p.path}: ${p.message}` : `  ${p.message}`));
  return [error.message, ...lines].join('\n');
}

/** Schema issues as problems with their paths ("nodes[0].asn"), like the file loader gives. */
export function schemaProblems(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): LoadProblem[] {
  return error.issues.slice(0, 20).map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}
