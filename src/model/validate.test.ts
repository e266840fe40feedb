import { describe, expect, it } from 'vitest';
import { DesignBuilder } from './samples/builder';
import { globalEnterprise } from './samples/global-enterprise';
import { validateDesign } from './validate';

describe('validateDesign', () => {
  it('finds nothing wrong with the sample', () => {
    expect(validateDesign(globalEnterprise()).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reports dangling link ends, self-loops and duplicate ids with the element', () => {
    const design = new DesignBuilder('t')
      .site('a', { name: 'A', country: 'US', asn: 1, x: 0, y: 0 })
      .site('a', { name: 'A again', country: 'US', asn: 2, x: 0, y: 0 })
      .link('l1', 'a', 'ghost', 'mpls')
      .link('l2', 'a', 'a', 'mpls')
      .build();
    const codes = validateDesign(design).map((d) => `${d.code}@${d.elementId}`);
    expect(codes).toContain('id.duplicate@a');
    expect(codes).toContain('link.dangling-end@l1');
    expect(codes).toContain('link.self-loop@l2');
  });

  it('warns about prefixes originated twice or nested', () => {
    const design = new DesignBuilder('t')
      .site('a', { name: 'A', country: 'US', asn: 1, x: 0, y: 0, prefixes: ['10.0.0.0/8'] })
      .site('b', { name: 'B', country: 'US', asn: 2, x: 0, y: 0, prefixes: ['10.1.0.0/16'] })
      .site('c', { name: 'C', country: 'US', asn: 3, x: 0, y: 0, prefixes: ['10.1.0.0/16'] })
      .build();
    const codes = validateDesign(design).map((d) => d.code);
    expect(codes).toContain('prefix.duplicate');
    expect(codes).toContain('prefix.overlap');
  });
});
