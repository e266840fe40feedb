import { describe, expect, it } from 'vitest';
import { type CloudNode, DesignSchema, TRANSPORT_DEFAULTS, validateDesign } from '../../model';
import { emptyDesign } from '../../model/samples';
import { hubAndSpoke } from '../../model/samples/templates';
import { addCircuitCommand, setLinkCircuitCommand } from './circuits';
import { CLIPBOARD_FORMAT, copyCommand, pasteCommand } from './clipboard';
import { parseClipboard } from './clipboard-parse';
import { withCloudPlacement } from './cloud';
import { deleteElementsCommand } from './delete';
import { withDefaultTimers, withMechanism, withTransport } from './link-settings';
import { connectCommand, reverseLinkCommand, updateLinkCommand } from './links';
import { updateMetaCommand } from './meta';
import { addNodeCommand, moveNodesCommand, nudgeNodesCommand, updateNodeCommand } from './nodes';

describe('addNodeCommand', () => {
  it('adds each kind with a unique id, ASN and prefix, and the result is a valid design', () => {
    let d = emptyDesign();
    const ids: string[] = [];
    for (const kind of ['site', 'site', 'hub', 'cloud', 'internet'] as const) {
      const r = addNodeCommand(d, kind, { x: 10.4, y: 20.6 });
      d = r.design;
      ids.push(r.id);
    }
    expect(ids).toEqual(['site', 'site-2', 'hub', 'cloud', 'internet']);
    expect(new Set(d.nodes.map((n) => n.asn)).size).toBe(5);
    expect(d.nodes[0]?.prefixes).toEqual(['10.1.0.0/16']);
    expect(d.nodes[1]?.prefixes).toEqual(['10.2.0.0/16']);
    expect(d.nodes[4]?.prefixes).toEqual(['0.0.0.0/0']);
    expect(d.nodes[0]?.position).toEqual({ x: 10, y: 21 });
    expect(DesignSchema.safeParse(d).success).toBe(true);
    expect(validateDesign(d).filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('skips prefixes already used in the design', () => {
    const d = hubAndSpoke(); // sites use 10.1-10.3, AWS 10.100
    const site = addNodeCommand(d, 'site', { x: 0, y: 0 });
    expect(site.design.nodes.at(-1)?.prefixes).toEqual(['10.4.0.0/16']);
    const cloud = addNodeCommand(d, 'cloud', { x: 0, y: 0 });
    expect(cloud.design.nodes.at(-1)?.prefixes).toEqual(['10.101.0.0/16']);
  });
});

describe('moveNodesCommand', () => {
  it('moves only the given nodes, rounding to whole pixels, and keeps the others identical', () => {
    const d = hubAndSpoke();
    const next = moveNodesCommand(d, new Map([['site-a', { x: 5.5, y: -3.2 }]]));
    expect(next.nodes.find((n) => n.id === 'site-a')?.position).toEqual({ x: 6, y: -3 });
    expect(next.nodes[1]).toBe(d.nodes[1]);
  });

  it('returns the same design when nothing moved (no history step)', () => {
    const d = hubAndSpoke();
    const node = d.nodes[0]!;
    expect(moveNodesCommand(d, new Map([[node.id, node.position]]))).toBe(d);
    expect(moveNodesCommand(d, new Map([['missing', { x: 1, y: 1 }]]))).toBe(d);
  });
});

describe('updateNodeCommand', () => {
  it('replaces one node', () => {
    const d = hubAndSpoke();
    const next = updateNodeCommand(d, 'hub-1', (n) => ({ ...n, name: 'Frankfurt' }));
    expect(next.nodes.find((n) => n.id === 'hub-1')?.name).toBe('Frankfurt');
    expect(d.nodes.find((n) => n.id === 'hub-1')?.name).toBe('Egress hub');
  });

  it('refuses to change an id and ignores unknown nodes', () => {
    const d = hubAndSpoke();
    expect(() => updateNodeCommand(d, 'hub-1', (n) => ({ ...n, id: 'x' }))).toThrow(/id or kind/);
    expect(updateNodeCommand(d, 'nope', (n) => ({ ...n, name: 'x' }))).toBe(d);
  });
});

describe('connectCommand', () => {
  it('creates a link with the transport guessed from the kinds and its defaults', () => {
    const d = hubAndSpoke();
    const r = connectCommand(d, 'site-a', 'aws');
    if (!r.ok) throw new Error(r.reason);
    const link = r.design.links.find((l) => l.id === r.id)!;
    expect(link).toMatchObject({ source: 'site-a', target: 'aws', transport: 'cloud-interconnect' });
    expect(link.latencyMs).toBe(TRANSPORT_DEFAULTS['cloud-interconnect'].latencyMs);
    const tunnel = connectCommand(d, 'site-a', 'hub-1');
    if (!tunnel.ok) throw new Error(tunnel.reason);
    const t = tunnel.design.links.find((l) => l.id === tunnel.id)!;
    expect([t.transport, t.encapsulation, t.detection.mechanism]).toEqual(['internet', 'ipsec', 'ipsec-dpd']);
    expect(tunnel.id).not.toBe('a-hub');
  });

  it('refuses self-loops and unknown nodes', () => {
    const d = hubAndSpoke();
    expect(connectCommand(d, 'hub-1', 'hub-1')).toMatchObject({ ok: false });
    expect(connectCommand(d, 'hub-1', 'ghost')).toMatchObject({ ok: false });
  });
});

describe('link edits', () => {
  it('updateLinkCommand and reverseLinkCommand', () => {
    const d = hubAndSpoke();
    const edited = updateLinkCommand(d, 'a-hub', (l) => ({ ...l, latencyMs: 12 }));
    expect(edited.links.find((l) => l.id === 'a-hub')?.latencyMs).toBe(12);
    const reversed = reverseLinkCommand(d, 'a-hub');
    expect(reversed.links.find((l) => l.id === 'a-hub')).toMatchObject({ source: 'hub-1', target: 'site-a' });
    expect(updateLinkCommand(d, 'ghost', (l) => l)).toBe(d);
  });

  it('withTransport moves default metrics to the new transport but keeps typed ones', () => {
    const link = hubAndSpoke().links.find((l) => l.id === 'c-hub')!; // MPLS at defaults
    const typed = { ...link, latencyMs: 3 };
    const next = withTransport(typed, 'internet', 'none');
    expect(next.latencyMs).toBe(3);
    expect(next.costPerMonth).toBe(TRANSPORT_DEFAULTS.internet.costPerMonth);
    expect(next.detection.mechanism).toBe('sdwan-probe');
    expect(withTransport(link, link.transport, link.encapsulation)).toBe(link);
  });

  it('withTransport keeps a mechanism the user chose', () => {
    const link = withMechanism(hubAndSpoke().links.find((l) => l.id === 'c-hub')!, 'bgp');
    expect(withTransport(link, 'internet', 'ipsec').detection.mechanism).toBe('bgp');
  });

  it('withDefaultTimers resets the timers to the domain defaults', () => {
    const link = hubAndSpoke().links[0]!;
    const custom = { ...link, detection: { ...link.detection, mechanism: 'bfd' as const, bfdIntervalMs: 50 } };
    expect(withDefaultTimers(custom).detection.bfdIntervalMs).toBe(300);
  });
});

describe('deleteElementsCommand', () => {
  it('removes nodes with their links, and selected links', () => {
    const d = hubAndSpoke();
    const next = deleteElementsCommand(d, { nodeIds: ['site-a'], linkIds: ['hub-aws'] });
    expect(next.nodes.map((n) => n.id)).not.toContain('site-a');
    expect(next.links.map((l) => l.id).sort()).toEqual(['b-hub', 'c-hub', 'hub-inet']);
    expect(validateDesign(next).filter((x) => x.code === 'link.dangling-end')).toEqual([]);
  });

  it('is a no-op for an empty or unknown selection', () => {
    const d = hubAndSpoke();
    expect(deleteElementsCommand(d, { nodeIds: [], linkIds: [] })).toBe(d);
    expect(deleteElementsCommand(d, { nodeIds: ['ghost'], linkIds: [] })).toBe(d);
  });
});

describe('copy and paste', () => {
  it('copies the selected nodes with the links among them and pastes them with fresh ids', () => {
    const d = hubAndSpoke();
    const payload = copyCommand(d, { nodeIds: ['site-a', 'hub-1'], linkIds: [] })!;
    expect(payload.links.map((l) => l.id)).toEqual(['a-hub']);
    const roundTrip = parseClipboard(JSON.stringify(payload))!;
    const r = pasteCommand(d, roundTrip, { x: 40, y: 40 });
    expect(r.nodeIds).toEqual(['site-a-2', 'hub-1-2']);
    expect(r.linkIds).toEqual(['a-hub-2']);
    const pasted = r.design.links.find((l) => l.id === 'a-hub-2')!;
    expect([pasted.source, pasted.target]).toEqual(['site-a-2', 'hub-1-2']);
    const original = d.nodes.find((n) => n.id === 'site-a')!;
    expect(r.design.nodes.find((n) => n.id === 'site-a-2')?.position).toEqual({
      x: original.position.x + 40,
      y: original.position.y + 40,
    });
    expect(validateDesign(r.design).filter((x) => x.code === 'id.duplicate')).toEqual([]);
  });

  it('copies nothing without nodes; rejects foreign or invalid clipboard text', () => {
    const d = hubAndSpoke();
    expect(copyCommand(d, { nodeIds: [], linkIds: ['a-hub'] })).toBeNull();
    expect(parseClipboard('hello')).toBeNull();
    expect(parseClipboard('{"format":"other"}')).toBeNull();
    expect(parseClipboard(JSON.stringify({ format: CLIPBOARD_FORMAT, nodes: [{ id: 'X' }], links: [] }))).toBeNull();
  });

  it('drops the circuit of a pasted link so the copy does not share the original fate', () => {
    const base = hubAndSpoke();
    const c = addCircuitCommand(base, 'Line A', 'site-a');
    const d = setLinkCircuitCommand(c.design, 'a-hub', c.id);
    const payload = copyCommand(d, { nodeIds: ['site-a', 'hub-1'], linkIds: [] })!;
    const r = pasteCommand(d, payload);
    expect(r.design.links.find((l) => l.id === 'a-hub-2')?.circuit).toBeUndefined();
  });
});

describe('circuits and meta', () => {
  it('adds a circuit and puts a link on it and off it', () => {
    const c = addCircuitCommand(hubAndSpoke(), 'Broadband A', 'site-a');
    expect(c.id).toBe('broadband-a');
    const on = setLinkCircuitCommand(c.design, 'a-hub', c.id);
    expect(on.links.find((l) => l.id === 'a-hub')?.circuit).toBe('broadband-a');
    const off = setLinkCircuitCommand(on, 'a-hub', undefined);
    expect('circuit' in (off.links.find((l) => l.id === 'a-hub') ?? {})).toBe(false);
    expect(setLinkCircuitCommand(off, 'a-hub', undefined)).toBe(off);
  });

  it('updateMetaCommand changes the name and is a no-op when equal', () => {
    const d = hubAndSpoke();
    expect(updateMetaCommand(d, { name: 'X' }).meta.name).toBe('X');
    expect(updateMetaCommand(d, { name: d.meta.name })).toBe(d);
  });
});

describe('nudge and cloud placement', () => {
  it('nudgeNodesCommand moves only the given nodes by the offset', () => {
    const d = hubAndSpoke();
    const next = nudgeNodesCommand(d, ['site-a', 'site-b'], 10, -50);
    const pos = (id: string, x: typeof d) => x.nodes.find((n) => n.id === id)!.position;
    expect(pos('site-a', next)).toEqual({ x: pos('site-a', d).x + 10, y: pos('site-a', d).y - 50 });
    expect(pos('hub-1', next)).toBe(pos('hub-1', d));
    expect(nudgeNodesCommand(d, [], 10, 10)).toBe(d);
  });

  it('withCloudPlacement renames a generated name but keeps a typed one', () => {
    const d = addNodeCommand(addNodeCommand(emptyDesign(), 'cloud', { x: 0, y: 0 }).design, 'cloud', {
      x: 0,
      y: 0,
    }).design;
    const [first, second] = d.nodes as CloudNode[];
    expect(withCloudPlacement(first!, 'azure', 'westeurope').name).toBe('Azure westeurope');
    expect(withCloudPlacement(second!, 'gcp', 'europe-west3').name).toBe('GCP europe-west3 (2)');
    expect(withCloudPlacement({ ...first!, name: 'Prod VPC' }, 'azure', 'westeurope').name).toBe('Prod VPC');
    expect(withCloudPlacement(first!, first!.provider, first!.region)).toBe(first);
  });
});
