// The diagram as a standalone SVG file: nodes at their design positions, links drawn with the
// canvas's own floating-edge geometry and transport styles, colours of the chosen theme. Built
// from the design (not scraped from the DOM), so it is the whole design whatever the viewport.
import { floatingEdge, type Rect } from '../../canvas/geometry';
import type { Design, DesignNode, NodeKind, Transport } from '../../model';
import { TRANSPORT_LABELS } from '../../model';

/** Node box size on the canvas (React Flow positions are the top-left corner). */
const NODE_W = 200;
const NODE_H = 56;
const MARGIN = 40;
const TITLE_H = 44;

export type DiagramTheme = 'light' | 'dark';

const PALETTES: Readonly<
  Record<DiagramTheme, Record<NodeKind | 'bg' | 'surface' | 'text' | 'muted' | 'edge' | 'border', string>>
> = {
  light: {
    bg: '#f5f6f8',
    surface: '#ffffff',
    text: '#1c2430',
    muted: '#5f6b7a',
    edge: '#7b8794',
    border: '#c4cad3',
    site: '#2563eb',
    hub: '#c2410c',
    cloud: '#7c3aed',
    internet: '#0f766e',
  },
  dark: {
    bg: '#0f1419',
    surface: '#171d24',
    text: '#e3e8ee',
    muted: '#98a4b3',
    edge: '#7d8a99',
    border: '#3b4754',
    site: '#60a5fa',
    hub: '#fb923c',
    cloud: '#a78bfa',
    internet: '#2dd4bf',
  },
};

const KIND_LABELS: Readonly<Record<NodeKind, string>> = {
  site: 'Site',
  hub: 'Egress hub',
  cloud: 'Cloud region',
  internet: 'Internet / SaaS',
};

export interface DiagramSvg {
  svg: string;
  width: number;
  height: number;
}

export function designToSvg(design: Design, theme: DiagramTheme = 'light'): DiagramSvg {
  const colors = PALETTES[theme];
  const rects = new Map<string, Rect>(
    design.nodes.map((n) => [n.id, { x: n.position.x, y: n.position.y, width: NODE_W, height: NODE_H }]),
  );
  const xs = design.nodes.map((n) => n.position.x);
  const ys = design.nodes.map((n) => n.position.y);
  const minX = xs.length ? Math.min(...xs) : 0;
  const minY = ys.length ? Math.min(...ys) : 0;
  const maxX = xs.length ? Math.max(...xs) + NODE_W : 400;
  const maxY = ys.length ? Math.max(...ys) + NODE_H : 200;
  const width = Math.ceil(maxX - minX + 2 * MARGIN);
  const height = Math.ceil(maxY - minY + 2 * MARGIN + TITLE_H);
  const dx = MARGIN - minX;
  const dy = MARGIN + TITLE_H - minY;

  // Parallel links between the same two nodes fan out, as on the canvas.
  const groups = new Map<string, string[]>();
  for (const l of design.links) {
    const key = [l.source, l.target].sort().join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), l.id]);
  }
  const edges: string[] = [];
  for (const l of design.links) {
    const s = rects.get(l.source);
    const t = rects.get(l.target);
    if (!s || !t) continue; // a dangling link has nothing to attach to
    const group = groups.get([l.source, l.target].sort().join('\u0000')) ?? [l.id];
    const geometry = floatingEdge(s, t, group.indexOf(l.id), group.length);
    edges.push(
      `<path d="${geometry.path}" fill="none" ${edgeStyle(l.transport, colors)}><title>${escapeXml(
        `${l.id}: ${TRANSPORT_LABELS[l.transport]}, ${l.encapsulation}`,
      )}</title></path>`,
    );
  }
  const nodes = design.nodes.map((n) => nodeSvg(n, colors));
  return {
    width,
    height,
    svg: [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Inter, Segoe UI, Helvetica, Arial, sans-serif">`,
      `<title>${escapeXml(design.meta.name)}</title>`,
      `<rect width="100%" height="100%" fill="${colors.bg}"/>`,
      `<text x="${MARGIN}" y="${MARGIN - 8}" font-size="18" font-weight="650" fill="${colors.text}">${escapeXml(design.meta.name)}</text>`,
      `<text x="${MARGIN}" y="${MARGIN + 14}" font-size="12" fill="${colors.muted}">${design.nodes.length} nodes, ${design.links.length} links</text>`,
      `<g transform="translate(${dx} ${dy})">`,
      `<g class="links">${edges.join('')}</g>`,
      `<g class="nodes">${nodes.join('')}</g>`,
      '</g>',
      '</svg>',
    ].join('\n'),
  };
}

function edgeStyle(transport: Transport, colors: (typeof PALETTES)['light']): string {
  switch (transport) {
    case 'mpls':
      return `stroke="${colors.site}" stroke-opacity="0.75" stroke-width="2"`;
    case 'internet':
      return `stroke="${colors.edge}" stroke-width="2" stroke-dasharray="7 4"`;
    case 'cellular':
      return `stroke="${colors.edge}" stroke-width="2" stroke-dasharray="2 4"`;
    case 'cloud-interconnect':
      return `stroke="${colors.cloud}" stroke-opacity="0.8" stroke-width="3"`;
  }
}

function nodeSvg(n: DesignNode, colors: (typeof PALETTES)['light']): string {
  const { x, y } = n.position;
  const kindColor = colors[n.kind];
  const detail = `${KIND_LABELS[n.kind]} · AS${n.asn} · ${n.location.country}`;
  return [
    `<g transform="translate(${x} ${y})"><title>${escapeXml(n.id)}</title>`,
    `<rect width="${NODE_W}" height="${NODE_H}" rx="10" fill="${colors.surface}" stroke="${colors.border}" stroke-width="1.5"/>`,
    `<rect width="5" height="${NODE_H}" rx="2" fill="${kindColor}"/>`,
    `<text x="16" y="23" font-size="13" font-weight="600" fill="${colors.text}">${escapeXml(truncate(n.name, 26))}</text>`,
    `<text x="16" y="41" font-size="11" fill="${colors.muted}">${escapeXml(truncate(detail, 34))}</text>`,
    '</g>',
  ].join('');
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** Escapes text for SVG content and attributes; drops characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
