// A large design's minimap nodes, painted once into a <canvas> under React Flow's minimap (see
// minimap-raster.ts for why). Redrawn when the nodes, the theme or the minimap's viewBox change;
// never re-rendered by React during a pan: the viewBox is watched on the SVG itself.
import { Panel } from '@xyflow/react';
import { type CSSProperties, useEffect, useRef } from 'react';
import { NODE_KINDS, type NodeKind } from '../model/enums';
import { TYPICAL_NODE_SIZE } from './geometry';
import { type MinimapNode, minimapRects, parseViewBox } from './minimap-raster';
import type { FlowNode } from './view-model';

function minimapSvg(element: HTMLCanvasElement | null | undefined): SVGSVGElement | null {
  return element?.closest('.react-flow')?.querySelector<SVGSVGElement>('.react-flow__minimap-svg') ?? null;
}

/** The kinds' colours from the theme's CSS variables, as the minimap's SVG nodes used them. */
function kindColours(element: HTMLElement): Record<NodeKind, string> {
  const styles = getComputedStyle(element);
  return Object.fromEntries(NODE_KINDS.map((k) => [k, styles.getPropertyValue(`--${k}`).trim()])) as Record<
    NodeKind,
    string
  >;
}

function toMinimapNode(n: FlowNode): MinimapNode {
  return {
    kind: n.data.node.kind,
    x: n.position.x,
    y: n.position.y,
    width: n.measured?.width ?? TYPICAL_NODE_SIZE.width,
    height: n.measured?.height ?? TYPICAL_NODE_SIZE.height,
  };
}

export function MinimapNodeCanvas({
  nodes,
  size,
  theme,
}: {
  nodes: readonly FlowNode[];
  size: { width: number; height: number };
  theme: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // Mapped when drawn and only once per node array: renders (each drag frame) and viewBox moves
  // (each pan frame) would otherwise map a thousand nodes again.
  const latest = useRef(nodes);
  latest.current = nodes;
  const mapped = useRef<{ from: readonly FlowNode[]; nodes: MinimapNode[] } | null>(null);
  const minimapNodes = () => {
    if (mapped.current?.from !== latest.current)
      mapped.current = { from: latest.current, nodes: latest.current.map(toMinimapNode) };
    return mapped.current.nodes;
  };

  // Found once per mount and per theme: looked up on every pan frame they cost more than the drawing.
  const svg = useRef<SVGSVGElement | null>(null);
  const colours = useRef<Record<NodeKind, string> | null>(null);

  const draw = useRef(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    context.clearRect(0, 0, element.width, element.height);
    const view = parseViewBox(svg.current?.getAttribute('viewBox') ?? null);
    if (!view || !colours.current) return;
    for (const r of minimapRects(minimapNodes(), view, element)) {
      context.fillStyle = colours.current[r.kind] || 'gray';
      context.fillRect(r.x, r.y, r.width, r.height);
    }
  });

  // The minimap mounts in the same commit as this panel: find its SVG after that and follow its
  // viewBox, which moves on every pan frame while the view reaches past the nodes.
  useEffect(() => {
    const target = minimapSvg(canvas.current);
    svg.current = target;
    if (!target) return;
    const observer = new MutationObserver(() => draw.current());
    observer.observe(target, { attributes: true, attributeFilter: ['viewBox'] });
    return () => observer.disconnect();
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new theme means new colours, new nodes a new drawing (both read through refs)
  useEffect(() => {
    if (canvas.current) colours.current = kindColours(canvas.current);
    draw.current();
  }, [nodes, theme]);

  // Device pixels, so the boxes stay crisp on a high-density screen.
  const ratio = typeof window === 'undefined' ? 1 : Math.max(1, Math.round(window.devicePixelRatio || 1));
  const style: CSSProperties = { width: size.width, height: size.height };
  return (
    <Panel position="bottom-right" className="minimap-node-canvas" aria-hidden>
      <canvas
        ref={canvas}
        width={size.width * ratio}
        height={size.height * ratio}
        style={style}
        data-testid="minimap-nodes"
      />
    </Panel>
  );
}
