// For every tunnel of every sample design, the two exported files agree: WireGuard keys (each
// end's peer key is the other's public key, derived from its private key), endpoints and ports,
// addresses on one subnet; strongSwan proposals, identities, addresses, selectors, lifetimes
// and the pre-shared key, with exactly one initiator.
import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../model/samples';
import { goldenFiles } from './golden';
import { fromBase64, toBase64 } from './keys/base64';
import { x25519PublicKey } from './keys/x25519';

const designs = SAMPLES.map((s) => ({ stem: s.file.replace(/\.json$/, ''), design: s.build() }));
const rendered = goldenFiles(designs);

/** `key = value` lines of a wg-quick file per section (Interface, Peer). */
function wgSections(text: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  let section = '';
  for (const line of text.split('\n')) {
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      section = header[1]!;
      out[section] = {};
    } else if (section && /^\w+ = /.test(line)) {
      const [key, value] = line.split(' = ');
      out[section]![key!] = value!;
    }
  }
  return out;
}

/** A swanctl.conf as nested objects (enough of the grammar for our own output). */
function swanctl(text: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const stack: Record<string, unknown>[] = [root];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const top = stack[stack.length - 1]!;
    if (line.endsWith('{')) {
      const child: Record<string, unknown> = {};
      top[line.slice(0, -1).trim()] = child;
      stack.push(child);
    } else if (line === '}') stack.pop();
    else {
      const [key, ...value] = line.split('=');
      top[key!.trim()] = value.join('=').trim();
    }
  }
  expect(stack).toHaveLength(1);
  return root;
}

type Obj = Record<string, Record<string, unknown>>;

describe('both ends of every tunnel agree', () => {
  for (const { stem, design } of designs) {
    const wg = rendered.get('wireguard')!;
    const sw = rendered.get('strongswan')!;
    const links = design.links.filter((l) => l.encapsulation !== 'none');
    if (links.length === 0) continue;

    it(`${stem}: ${links.length} tunnels`, () => {
      for (const link of links) {
        const files = (platform: Map<string, string>, ext: string) =>
          [link.source, link.target].map((node) =>
            [...platform].find(
              ([path, content]) =>
                path.startsWith(`${stem}/${node}/`) && path.endsWith(ext) && content.includes(`(${link.id})`),
            ),
          );
        if (link.encapsulation === 'wireguard') {
          const [a, b] = files(wg, '.conf');
          expect(a, `${link.id} source file`).toBeDefined();
          expect(b, `${link.id} target file`).toBeDefined();
          const A = wgSections(a![1]);
          const B = wgSections(b![1]);
          const pub = (s: Record<string, Record<string, string>>) =>
            toBase64(x25519PublicKey(fromBase64(s.Interface!.PrivateKey!)));
          expect(A.Peer!.PublicKey, link.id).toBe(pub(B));
          expect(B.Peer!.PublicKey, link.id).toBe(pub(A));
          expect(A.Peer!.Endpoint!.split(':')[1], link.id).toBe(B.Interface!.ListenPort);
          expect(B.Peer!.Endpoint!.split(':')[1], link.id).toBe(A.Interface!.ListenPort);
          const port = Number(A.Interface!.ListenPort);
          expect(port >= 1024 && port <= 65535, `${link.id} port ${port}`).toBe(true);
          const [aAddr, aLen] = A.Interface!.Address!.split('/');
          const [bAddr, bLen] = B.Interface!.Address!.split('/');
          expect(aLen).toBe(bLen);
          expect(aAddr).not.toBe(bAddr);
          expect(A.Peer!.AllowedIPs).toBe(B.Peer!.AllowedIPs);
        } else {
          const [a, b] = files(sw, 'swanctl.conf');
          expect(a, `${link.id} source file`).toBeDefined();
          expect(b, `${link.id} target file`).toBeDefined();
          const A = swanctl(a![1]) as Obj;
          const B = swanctl(b![1]) as Obj;
          const ca = (A.connections as Obj)[link.id] as Record<string, unknown> & Obj;
          const cb = (B.connections as Obj)[link.id] as Record<string, unknown> & Obj;
          expect(ca.proposals).toBe(cb.proposals);
          expect(ca.proposals).toMatch(/^aes256gcm16-prfsha384-(ecp384|x25519)/);
          expect([ca.rekey_time, ca.over_time]).toEqual([cb.rekey_time, cb.over_time]);
          expect(ca.local_addrs).toBe(cb.remote_addrs);
          expect(ca.remote_addrs).toBe(cb.local_addrs);
          expect(ca.local!.id).toBe(cb.remote!.id);
          expect(ca.remote!.id).toBe(cb.local!.id);
          const ka = (ca.children as Obj)[link.id]!;
          const kb = (cb.children as Obj)[link.id]!;
          expect(ka.esp_proposals).toBe(kb.esp_proposals);
          expect([ka.rekey_time, ka.life_time]).toEqual([kb.rekey_time, kb.life_time]);
          expect(ka.local_ts).toBe(kb.remote_ts);
          expect(ka.remote_ts).toBe(kb.local_ts);
          expect([ka.start_action, kb.start_action].sort()).toEqual(['none', 'start']);
          const sa = (A.secrets as Obj)[`ike-${link.id}`]!;
          const sb = (B.secrets as Obj)[`ike-${link.id}`]!;
          expect(sa.secret).toBe(sb.secret);
          expect(sa['id-local']).toBe(sb['id-remote']);
        }
      }
    });
  }
});
