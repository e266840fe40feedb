import { describe, expect, it } from 'vitest';
import { hubAndSpoke } from '../model/samples/templates';
import { CLIPBOARD_FORMAT, type ClipboardPayload, copyCommand } from '../state/commands';
import { parseClipboard } from '../state/commands/clipboard-parse';
import { clipboardText, copiedAtOf, getOwnCopy, setClipboard } from './clipboard-buffer';
import { centreOffset, planPaste } from './clipboard-paste';

function copyOf(nodeIds: string[]): ClipboardPayload {
  const payload = copyCommand(hubAndSpoke(), { nodeIds, linkIds: [] });
  if (!payload) throw new Error('nothing copied');
  return payload;
}

describe('planPaste', () => {
  it('pastes elements another tab copied and makes them the current copy', async () => {
    const theirs = copyOf(['site-a', 'hub-1']);
    const plan = await planPaste(clipboardText(theirs, 2000), null, parseClipboard);
    expect(plan).toEqual({ kind: 'paste', payload: theirs, adopt: true, copiedAt: 2000 });
  });

  it("recognises this tab's own copy without parsing it again", async () => {
    const mine = copyOf(['site-a']);
    setClipboard(mine, 1000);
    const plan = await planPaste(clipboardText(mine, 1000), getOwnCopy(), () => {
      throw new Error('parsed');
    });
    expect(plan).toEqual({ kind: 'paste', payload: mine, adopt: false });
  });

  it('pastes the newer of this tab’s copy and the clipboard’s (a refused write leaves an older copy there)', async () => {
    const mine = { payload: copyOf(['hub-1']), copiedAt: 5000 };
    const older = clipboardText(copyOf(['site-b']), 4000);
    const newer = clipboardText(copyOf(['site-b']), 6000);
    expect(await planPaste(older, mine, parseClipboard)).toMatchObject({ payload: mine.payload, adopt: false });
    expect(await planPaste(newer, mine, parseClipboard)).toMatchObject({ adopt: true, copiedAt: 6000 });
  });

  it('refuses text that is not copied elements, with nothing copied in this tab', async () => {
    for (const text of ['hello', '{"format":"other"}', JSON.stringify({ format: CLIPBOARD_FORMAT, nodes: [{}] })]) {
      expect(await planPaste(text, null, parseClipboard)).toEqual({ kind: 'not-elements' });
    }
  });

  it("falls back to this tab's copy when the clipboard is empty, unreadable or holds other text", async () => {
    const mine = { payload: copyOf(['hub-1']), copiedAt: 1 };
    for (const text of [null, '', '  ', 'https://example.com']) {
      expect(await planPaste(text, mine, parseClipboard)).toEqual({
        kind: 'paste',
        payload: mine.payload,
        adopt: false,
      });
    }
    expect(await planPaste(null, null, parseClipboard)).toEqual({ kind: 'nothing' });
  });
});

describe('copiedAtOf', () => {
  it('reads the copy time, 0 when absent or not a number', () => {
    expect(copiedAtOf(clipboardText(copyOf(['hub-1']), 42))).toBe(42);
    expect(copiedAtOf('{"copiedAt":"soon"}')).toBe(0);
    expect(copiedAtOf('not json')).toBe(0);
  });
});

describe('centreOffset', () => {
  it('moves the centre of the copied nodes to the target', () => {
    const payload = copyOf(['site-a', 'hub-1']);
    const offset = centreOffset(payload, { x: 1000, y: 1000 });
    const xs = payload.nodes.map((n) => n.position.x + offset.x);
    const ys = payload.nodes.map((n) => n.position.y + offset.y);
    expect(Math.abs((Math.min(...xs) + Math.max(...xs)) / 2 + 100 - 1000)).toBeLessThanOrEqual(1);
    expect(Math.abs((Math.min(...ys) + Math.max(...ys)) / 2 + 30 - 1000)).toBeLessThanOrEqual(1);
  });
});
