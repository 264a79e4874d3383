import { copyText } from '../core/clipboard.js';
import type { EmbedBuilder } from './embed-builder.js';
import { problemCount } from './status.js';

// What the builder's buttons do beyond changing the form: the clipboard, a download, files, focus.

/** Moves the focus once the builder has rendered what was just changed (a new row, the summary). */
export async function focusAfterUpdate(b: EmbedBuilder, selector: string): Promise<void> {
  await b.updateComplete;
  b.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}

export async function copySnippet(b: EmbedBuilder): Promise<void> {
  b.status.set('copy', '');
  const ok = await copyText(b.snippet, b.renderRoot);
  b.status.say('copy', ok ? 'Copied' : 'Could not copy: select the snippet and press Ctrl+C (⌘C on a Mac).');
}

/** Copies campaign mode's snippet for partners. */
export async function copyPartnerSnippet(b: EmbedBuilder): Promise<void> {
  b.status.set('copy', '');
  const ok = await copyText(b.partnerSnippet, b.renderRoot);
  b.status.say('copy', ok ? 'Copied' : 'Could not copy: select the snippet and press Ctrl+C (⌘C on a Mac).');
}

/** Copies the iframe snippet, or only its address (what Wix's and Google Sites' embed boxes ask for). */
export async function copyFrame(b: EmbedBuilder, what: 'iframe' | 'address'): Promise<void> {
  b.status.set('iframe', '');
  const ok = await copyText(what === 'iframe' ? b.iframeSnippet : b.frameAddress, b.renderRoot);
  b.status.say('iframe', ok ? 'Copied' : 'Could not copy: select the text and press Ctrl+C (⌘C on a Mac).');
}

export function downloadCampaign(b: EmbedBuilder): void {
  const href = URL.createObjectURL(new Blob([b.campaignFile], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href, download: 'campaign.json', hidden: true });
  b.renderRoot.append(link);
  link.click();
  link.remove();
  // Not revoked at once: the download may still be reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  const count = b.campaignProblems.length;
  b.status.say(
    'campaign',
    `Downloaded campaign.json${count ? ` with ${problemCount(count)}: the elements will ignore those values.` : '.'}`,
  );
}

/** Shows every problem of the file and sends the focus to their summary. */
export async function checkFile(b: EmbedBuilder): Promise<void> {
  b.touchCampaign();
  const count = b.campaignProblems.length;
  b.status.say('campaign', count ? `${problemCount(count)} found.` : 'No problems found: every element will read every value.');
  if (count) await focusAfterUpdate(b, '#summary-heading');
}

export async function readFile(b: EmbedBuilder, event: Event): Promise<void> {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) b.loadCampaign(await file.text());
}

export function loadPasted(b: EmbedBuilder): void {
  const area = b.renderRoot.querySelector<HTMLTextAreaElement>('#c-paste')!;
  if (!b.loadCampaign(area.value)) area.focus();
}

/** A summary link moves the focus to its control; following the #hash would not, in a shadow root. */
export function focusControl(b: EmbedBuilder, event: Event, id: string): void {
  event.preventDefault();
  b.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
}
