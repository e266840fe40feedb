import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PickOption, searchOptions } from './search-options';

const hubs: PickOption[] = [
  { value: 'hub-10', label: 'Hub Sydney (hub-10)' },
  { value: 'hub-1', label: 'Hub Frankfurt (hub-1)' },
  { value: 'site-1', label: 'Branch Hubli (site-1)' },
  { value: 'aws:eu-central-1', label: 'aws eu-central-1' },
];

describe('searchOptions', () => {
  it('puts an exact id first, then prefixes, word starts and other substrings, each in list order', () => {
    expect(searchOptions(hubs, 'hub-1', 10).shown.map((o) => o.value)).toEqual(['hub-1', 'hub-10']);
    // "hub" starts two ids and labels, and a word inside "Branch Hubli": prefixes first.
    expect(searchOptions(hubs, 'HUB', 10).shown.map((o) => o.value)).toEqual(['hub-10', 'hub-1', 'site-1']);
    expect(searchOptions(hubs, ' frankfurt ', 10).shown.map((o) => o.value)).toEqual(['hub-1']);
    expect(searchOptions(hubs, 'central', 10).shown.map((o) => o.value)).toEqual(['aws:eu-central-1']);
    expect(searchOptions(hubs, 'ydne', 10).shown.map((o) => o.value)).toEqual(['hub-10']);
    expect(searchOptions(hubs, 'tokyo', 10)).toEqual({ shown: [], total: 0 });
    // Words in any order, after every option that holds the query as it was typed.
    expect(searchOptions(hubs, 'hub-1 frank', 10).shown.map((o) => o.value)).toEqual(['hub-1']);
    expect(searchOptions(hubs, 'central aws', 10).shown.map((o) => o.value)).toEqual(['aws:eu-central-1']);
    expect(searchOptions(hubs, 'central tokyo', 10).total).toBe(0);
  });

  it('shows at most the limit and says how many match in all', () => {
    const many = Array.from({ length: 2130 }, (_, i) => ({ value: `l-${i}`, label: `link ${i}` }));
    const all = searchOptions(many, '', 100);
    expect(all.shown).toHaveLength(100);
    expect(all.total).toBe(2130);
    const some = searchOptions(many, 'l-1', 100);
    expect(some.total).toBe(1 + 10 + 100 + 1000);
    expect(some.shown[0]?.value).toBe('l-1');
  });

  it('shows only matching options, and every option matches its own id', () => {
    const option = fc.record({ value: fc.string({ minLength: 1 }), label: fc.string() });
    fc.assert(
      fc.property(fc.array(option, { maxLength: 30 }), fc.string(), (options, query) => {
        const { shown, total } = searchOptions(options, query, 5);
        const needle = query.trim().toLowerCase();
        expect(shown.length).toBe(Math.min(5, total));
        const holds = (text: string, w: string) => text.toLowerCase().includes(w);
        for (const o of shown) {
          const words = needle.split(/\s+/);
          expect(words.every((w) => holds(o.value, w) || holds(o.label, w))).toBe(true);
        }
        for (const o of options) {
          if (o.value.trim() === o.value) expect(searchOptions(options, o.value, 1000).shown).toContain(o);
        }
      }),
    );
  });
});
