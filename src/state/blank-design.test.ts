import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../model/samples';
import { blankDesign } from './blank-design';

describe('blankDesign', () => {
  it('equals the schema-built empty design', () => {
    expect(blankDesign()).toEqual(emptyDesign());
  });
});
