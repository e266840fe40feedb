import { describe, expect, it } from 'vitest';
import { globalEnterprise } from '../model/samples/global-enterprise';
import { hubAndSpoke } from '../model/samples/templates';
import { extractPolicies, samePolicies } from './document';
import { designPoliciesToYaml, parsePolicyYaml } from './yaml-document';

describe('policy YAML round trip', () => {
  it('reads back exactly what it wrote, and applying it leaves the design object unchanged', () => {
    for (const design of [globalEnterprise(), hubAndSpoke()]) {
      const text = designPoliciesToYaml(design);
      const result = parsePolicyYaml(text, design);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(samePolicies(result.document, extractPolicies(design))).toBe(true);
      expect(result.design).toBe(design);
    }
  });

  it('lists only routers with knobs of their own, and writes them back to those nodes', () => {
    const design = globalEnterprise();
    const text = designPoliciesToYaml(design).replace(
      /^routers: \{\}$/m,
      'routers:\n  hub-ams:\n    maximumPaths: 8\n',
    );
    const result = parsePolicyYaml(text, design);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.design.nodes.find((n) => n.id === 'hub-ams')!.bgp).toEqual({ maximumPaths: 8 });
    // Untouched nodes keep their identity (cheap re-render, no spurious changes).
    expect(result.design.nodes.find((n) => n.id === 'hub-ash')).toBe(design.nodes.find((n) => n.id === 'hub-ash'));
    expect(extractPolicies(result.design).routers).toEqual({ 'hub-ams': { maximumPaths: 8 } });
  });

  it('applies an edit: a new strategy and a removed PBR rule', () => {
    const design = globalEnterprise();
    const text = designPoliciesToYaml(design)
      .replace('strategy: best-quality', 'strategy: lowest-cost-sla')
      .replace(/pbrRules:\n(?: {2}.*\n|- .*\n)*/, 'pbrRules: []\n');
    const result = parsePolicyYaml(text, design);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.design.trafficClasses.find((c) => c.id === 'video')!.strategy).toBe('lowest-cost-sla');
    expect(result.design.pbrRules).toEqual([]);
    expect(design.pbrRules).toHaveLength(1); // the input design is not mutated
  });

  it('fills defaults for fields a hand-written class leaves out', () => {
    const design = hubAndSpoke();
    const result = parsePolicyYaml('trafficClasses:\n  - id: web\n    name: Web\n    color: "#ff0000"\n', design);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.design.trafficClasses).toEqual([
      expect.objectContaining({ id: 'web', appliesTo: ['*'], strategy: 'follow-bgp', defaultDemandMbps: 1 }),
    ]);
    expect(result.design.settings.bgp.maximumPaths).toBe(4);
  });
});

describe('policy YAML that must not apply', () => {
  const design = globalEnterprise();
  const text = designPoliciesToYaml(design);
  const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

  it('reports a syntax error with its position', () => {
    const broken = text.replace('strategy: best-quality', 'strategy: [best-quality');
    const result = parsePolicyYaml(broken, design);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.message).toMatch(/^YAML syntax/);
    expect(result.problems[0]!.line).toBeGreaterThanOrEqual(lineOf('strategy: best-quality'));
  });

  it('marks a value the schema rejects on its own line, naming the field', () => {
    const result = parsePolicyYaml(text.replace('strategy: best-quality', 'strategy: fastest'), design);
    if (result.ok) throw new Error('accepted');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      path: 'trafficClasses[0].strategy',
      line: lineOf('strategy: best-quality'),
    });
  });

  it('marks refinements JSON schema cannot express: host bits in a prefix', () => {
    const result = parsePolicyYaml(text.replace('- 10.120.0.0/16', '- 10.120.0.1/16'), design);
    if (result.ok) throw new Error('accepted');
    expect(result.problems[0]!.message).toContain('host bits');
    expect(result.problems[0]!.line).toBe(lineOf('- 10.120.0.0/16'));
  });

  it('refuses a misspelt field instead of dropping it, and suggests the right one', () => {
    const result = parsePolicyYaml(text.replace('strategy: best-quality', 'stratgy: best-quality'), design);
    if (result.ok) throw new Error('accepted');
    expect(result.problems[0]!.message).toBe("unknown field 'stratgy' in trafficClasses[0] (did you mean 'strategy'?)");
    expect(result.problems[0]!.line).toBe(lineOf('strategy: best-quality'));
  });

  it('refuses router knobs for a node that does not exist, and duplicate ids', () => {
    const withRouter = text.replace(/^routers: \{\}$/m, 'routers:\n  hub-xyz:\n    maximumPaths: 2');
    const r1 = parsePolicyYaml(withRouter, design);
    if (r1.ok) throw new Error('accepted');
    expect(r1.problems[0]!.message).toContain("no node 'hub-xyz'");
    const duplicate = text.replace('id: backup', 'id: video');
    const r2 = parsePolicyYaml(duplicate, design);
    if (r2.ok) throw new Error('accepted');
    expect(r2.problems[0]!.message).toContain("'video' is used more than once");
  });

  it('refuses an empty document, a list, duplicate keys and alias bombs', () => {
    for (const bad of [
      '',
      '# nothing\n',
      '- 1\n- 2\n',
      'bgp: {}\nbgp: {}\n',
      `a: &a [1]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
    ]) {
      const result = parsePolicyYaml(bad, design);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.problems[0]!.line).toBeGreaterThanOrEqual(1);
    }
  });
});
