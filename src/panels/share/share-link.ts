// Share: encode the design into this app's URL, copy it, and show it in the Share panel.

import { describeShareError, encodeDesignLink, PRACTICAL_LINK_CHARS } from '../../share';
import { getDesign } from '../../state/design-store';
import { notify } from '../../state/notifications';
import { openPanel } from '../../state/ui-store';
import { useShareStore } from './share-store';

export const SHARE_PANEL_ID = 'share';

/** This app's address without any fragment: the part of a share link before `#d=`. */
export function appBaseUrl(): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}`;
}

export async function shareCurrentDesign(): Promise<void> {
  const design = getDesign();
  const encoded = encodeDesignLink(design);
  if (!encoded.ok) {
    notify({ kind: 'error', title: 'This design cannot be shared yet', detail: describeShareError(encoded.error) });
    return;
  }
  const url = appBaseUrl() + encoded.value.fragment;
  // Judged on the whole URL: that is what gets pasted.
  const practical = url.length <= PRACTICAL_LINK_CHARS;
  useShareStore.setState({ link: { url, length: url.length, practical, design, copied: false } });
  openPanel('right', SHARE_PANEL_ID);
  const length = url.length.toLocaleString('en-US');
  if (!practical) {
    notify({
      kind: 'info',
      title: `The link is ${length} characters: share a file instead`,
      detail: `Links past ${PRACTICAL_LINK_CHARS.toLocaleString('en-US')} characters get cut off by chat apps and ticket systems. Download the design from the Share panel.`,
    });
    return;
  }
  if (await copyText(url)) {
    useShareStore.setState((s) => (s.link ? { link: { ...s.link, copied: true } } : s));
    notify({ kind: 'success', title: `Link copied (${length} characters)` });
  } else {
    notify({ kind: 'info', title: `Link ready (${length} characters)`, detail: 'Copy it from the Share panel.' });
  }
}

/** Copies to the clipboard; false where the browser refuses (no permission, insecure origin). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
