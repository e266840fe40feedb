import { describe, expect, it } from 'vitest';
import { encodeDesignLink } from './link';
import { planLinkOpening } from './open-link';
import { canonical, deepFreeze, sampleDesigns } from './test-helpers';

const [first, second] = sampleDesigns().map((s) => deepFreeze(s.design));
const linkOf = (d: typeof first) => {
  const e = encodeDesignLink(d!);
  if (!e.ok) throw new Error(e.error.message);
  return e.value.fragment;
};

describe('planLinkOpening', () => {
  it('opens directly when there is no local design', () => {
    const plan = planLinkOpening(linkOf(first), null);
    expect(plan.kind).toBe('open');
  });

  it('says "same" when the local design is the link design', () => {
    expect(planLinkOpening(linkOf(first), structuredClone(first!)).kind).toBe('same');
  });

  it('asks when the local design differs, and changes neither', () => {
    const before = canonical(second!);
    const plan = planLinkOpening(linkOf(first), second!);
    expect(plan.kind).toBe('ask');
    expect(plan.kind === 'ask' && canonical(plan.design)).toBe(canonical(first!));
    expect(canonical(second!)).toBe(before);
  });

  it('reports a corrupted link as an error and leaves the local design alone', () => {
    const link = linkOf(first);
    const corrupted = `${link.slice(0, 40)}!!${link.slice(42)}`;
    const plan = planLinkOpening(corrupted, second!);
    expect(plan.kind).toBe('error');
    expect(plan.kind === 'error' && plan.error.code).toBe('bad-base64');
  });
});
