// Share codecs: design <-> link (`#d=<version>.<data>`) and design <-> file. Pure: no DOM, no
// React; the CLI, the app and the tests all use these.
export { decodeBase64Url, encodeBase64Url } from './base64url';
export { formatEnvelope, parseEnvelope } from './envelope';
export { describeShareError, type ShareError, type ShareErrorCode, type ShareResult } from './errors';
export {
  type DesignFile,
  designFileName,
  detectFormat,
  exportDesignFile,
  type ImportedDesign,
  importDesignFile,
} from './files';
export { MAX_INFLATED_BYTES, MAX_LINK_CHARS, PRACTICAL_LINK_CHARS } from './limits';
export { type DecodedLink, decodeDesignLink, type EncodedLink, encodeDesignLink } from './link';
export { type LinkOpening, planLinkOpening, sameDesign } from './open-link';
export { CURRENT_LINK_VERSION } from './versions';
