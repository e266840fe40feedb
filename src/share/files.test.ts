import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DESIGN_BYTES } from '../model/load';
import { designFileName, detectFormat, exportDesignFile, importDesignFile } from './files';
import { canonical, sampleDesigns } from './test-helpers';
import { designArbitrary } from './testing/arbitraries';

const formats = ['json', 'yaml'] as const;

describe('design -> file -> design', () => {
  it.each(formats)(
    'is exact in %s for generated designs (property)',
    (format) => {
      fc.assert(
        fc.property(designArbitrary(8), (design) => {
          const file = exportDesignFile(design, format);
          if (!file.ok) throw new Error(file.error.message);
          const back = importDesignFile(file.value.fileName, file.value.text);
          if (!back.ok) throw new Error(back.error.message);
          expect(back.value.format).toBe(format);
          expect(canonical(back.value.design)).toBe(canonical(design));
        }),
        { numRuns: 120 },
      );
    },
    120_000,
  );

  it.each(sampleDesigns().flatMap(({ file, design }) => formats.map((f) => [file, f, design] as const)))(
    'is exact for %s as %s',
    (_file, format, design) => {
      const file = exportDesignFile(design, format);
      if (!file.ok) throw new Error(file.error.message);
      const back = importDesignFile(file.value.fileName, file.value.text);
      expect(back.ok && canonical(back.value.design)).toBe(canonical(design));
    },
  );

  it('writes canonical JSON: the same design gives the same bytes', () => {
    const design = sampleDesigns()[0]!.design;
    const a = exportDesignFile(design, 'json');
    const b = exportDesignFile(structuredClone(design), 'json');
    expect(a.ok && a.value.text).toBe(b.ok && b.value.text);
    expect(a.ok && a.value.text.endsWith('}\n')).toBe(true);
  });

  it('refuses to save an invalid design, naming the problem', () => {
    const design = sampleDesigns()[0]!.design;
    const broken = { ...design, meta: { ...design.meta, name: '' } };
    const file = exportDesignFile(broken, 'yaml');
    expect(!file.ok && file.error.code).toBe('cannot-encode');
    expect(!file.ok && file.error.problems?.[0]?.path).toBe('meta.name');
  });

  it('names files after the design', () => {
    const design = sampleDesigns().find((s) => s.file === 'sample.json')!.design;
    expect(designFileName(design, 'yaml')).toBe('global-enterprise-egress.yaml');
    expect(exportDesignFile(design, 'json').ok && designFileName(design, 'json')).toBe('global-enterprise-egress.json');
  });
});

describe('importing bad files', () => {
  it.each([
    ['broken.json', '{"schemaVersion": 1,', 'not valid JSON'],
    ['broken.yaml', 'a: [1, 2', 'not valid YAML'],
    ['empty.json', '   ', 'empty'],
    ['list.json', '[1,2]', 'expected an object'],
    ['newer.json', '{"schemaVersion": 99, "meta": {"name": "x"}, "nodes": []}', 'newer Egress Designer'],
    ['proto.json', '{"schemaVersion": 1, "meta": {"name": "x", "__proto__": {}}, "nodes": []}', 'meta.__proto__'],
  ])('%s gives a clear message naming the file and problem', (name, text, words) => {
    const result = importDesignFile(name, text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-design');
      expect(result.error.message).toContain(name);
      expect(result.error.message).toContain(words);
    }
  });

  it('names the element and field of a schema problem', () => {
    const text = JSON.stringify({
      schemaVersion: 1,
      meta: { name: 'x' },
      nodes: [{ kind: 'site', id: 'a', name: 'A', location: { country: 'US' }, asn: 0, position: { x: 0, y: 0 } }],
    });
    const result = importDesignFile('bad-asn.json', text);
    expect(!result.ok && result.error.problems?.[0]?.path).toBe('nodes[0].asn');
  });

  it('refuses an oversized file before parsing it', () => {
    const result = importDesignFile('huge.json', ' '.repeat(MAX_DESIGN_BYTES + 1));
    expect(!result.ok && result.error.message).toContain('MB');
  });

  it('guesses the format from the content when the name does not say', () => {
    expect(detectFormat('design', '{"a":1}')).toBe('json');
    expect(detectFormat('design', 'a: 1')).toBe('yaml');
    expect(detectFormat('d.YML', '{}')).toBe('yaml');
  });
});
