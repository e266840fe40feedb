import { describe, expect, it } from 'vitest';
import { hubAndSpoke } from '../../model/samples/templates';
import { designToSvg, escapeXml } from './diagram-svg';

describe('designToSvg', () => {
  it('draws every node and every attached link inside its bounds', () => {
    const design = hubAndSpoke();
    const { svg, width, height } = designToSvg(design);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    for (const n of design.nodes) expect(svg).toContain(`<title>${n.id}</title>`);
    expect(svg.match(/<path /g)).toHaveLength(design.links.length);
    const maxX = Math.max(...design.nodes.map((n) => n.position.x));
    expect(width).toBeGreaterThan(maxX - Math.min(...design.nodes.map((n) => n.position.x)) + 200);
    expect(height).toBeGreaterThan(0);
  });

  it('escapes names so the file is well-formed whatever the user typed', () => {
    const design = hubAndSpoke();
    design.meta.name = '<script>alert("x")</script> & co';
    design.nodes[0]!.name = `A & B <"quoted"> ${String.fromCharCode(1)}`;
    const { svg } = designToSvg(design, 'dark');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(svg).not.toContain(String.fromCharCode(1));
  });

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;');
  });
});
