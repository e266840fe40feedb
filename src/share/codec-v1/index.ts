// Link version 1's payload: the design as one compact JSON value. The root keeps the schema
// version (`v`), so decoding yields the document as it was written and src/model's migrations
// bring it up to date, however old the link.
import type { Json, JsonObject } from '../json';
import { compactObject, expandObject, type ObjectSpec } from './object-codec';
import { listSpecs, metaSpec, settingsSpec } from './specs';
import { decodeLinkTable, decodeNodeTable, encodeLinkTable, encodeNodeTable } from './tables';

const rootSpec: ObjectSpec = {
  keys: {
    schemaVersion: 'v',
    meta: 'm',
    settings: 's',
    nodes: 'n',
    links: 'l',
    circuits: 'c',
    trafficClasses: 't',
    bgpPolicies: 'b',
    pbrRules: 'r',
    scenarios: 'z',
  },
  defaults: {
    settings: {
      bgp: settingsSpec.defaults!.bgp!,
      addressing: settingsSpec.defaults!.addressing!,
    },
    links: [],
    circuits: [],
    trafficClasses: [],
    bgpPolicies: [],
    pbrRules: [],
    scenarios: [],
  },
  // Nodes before links: link ends refer to nodes by their index.
  children: {
    meta: { kind: 'object', spec: metaSpec },
    settings: { kind: 'object', spec: settingsSpec },
    nodes: { kind: 'custom', encode: encodeNodeTable, decode: decodeNodeTable },
    links: { kind: 'custom', encode: encodeLinkTable, decode: decodeLinkTable },
    circuits: { kind: 'list', spec: listSpecs.circuits },
    trafficClasses: { kind: 'list', spec: listSpecs.trafficClasses },
    bgpPolicies: { kind: 'list', spec: listSpecs.bgpPolicies },
    pbrRules: { kind: 'list', spec: listSpecs.pbrRules },
    scenarios: { kind: 'list', spec: listSpecs.scenarios },
  },
};

export function encodePayloadV1(document: JsonObject): Json {
  return compactObject(document, rootSpec);
}

/** Throws PayloadError on a payload that is not in version 1's shape (caught by the caller). */
export function decodePayloadV1(payload: Json): JsonObject {
  return expandObject(payload, rootSpec, 'design');
}
