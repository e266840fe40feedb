import { describe, expect, it } from 'vitest';
import { hubAndSpoke } from '../model/samples/templates';
import { parseFailList } from './options';

describe('parseFailList', () => {
  const design = hubAndSpoke();

  it('resolves links and nodes, hard by default and silent on request', () => {
    expect(parseFailList(design, 'a-hub, hub-1:silent')).toEqual({
      ok: true,
      failures: [
        { kind: 'link', target: 'a-hub', mode: 'hard' },
        { kind: 'node', target: 'hub-1', mode: 'silent' },
      ],
    });
  });

  it('names an unknown id', () => {
    expect(parseFailList(design, 'a-hub,nope')).toEqual({
      ok: false,
      message: "--fail 'nope': no link, node or circuit has this id",
    });
  });

  it('rejects an unknown mode and an empty list', () => {
    expect(parseFailList(design, 'a-hub:loud')).toMatchObject({
      ok: false,
      message: expect.stringContaining(':silent'),
    });
    expect(parseFailList(design, ' , ')).toMatchObject({ ok: false });
  });
});
