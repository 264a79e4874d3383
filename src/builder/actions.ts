import { copyText } from '../core/clipboard.js';
import { languageName } from './languages.js';
import type { BuilderContext } from './context.js';
import { campaignProblems } from './preview-plans.js';
import type { RowList } from './state.js';
import { problemCount } from './status.js';
import type { Row } from './supporters.js';

// What the builder's buttons do beyond changing the state: the clipboard, a download, files, focus
// and the status lines that say what happened.

/** Moves the focus once the builder has rendered what was just changed (a new row, the summary). */
export async function focusAfterUpdate(c: BuilderContext, selector: string): Promise<void> {
  await c.rendered();
  c.root.querySelector<HTMLElement>(selector)?.focus();
}

export async function copySnippet(c: BuilderContext): Promise<void> {
  c.status.set('copy', '');
  const ok = await copyText(c.state.snippet, c.root);
  c.status.say('copy', ok ? 'Copied' : 'Could not copy: select the snippet and press Ctrl+C (⌘C on a Mac).');
}

/** Copies campaign mode's snippet for partners. */
export async function copyPartnerSnippet(c: BuilderContext): Promise<void> {
  c.status.set('copy', '');
  const ok = await copyText(c.state.partnerSnippet, c.root);
  c.status.say('copy', ok ? 'Copied' : 'Could not copy: select the snippet and press Ctrl+C (⌘C on a Mac).');
}

/** Copies the iframe snippet, or only its address (what Wix's and Google Sites' embed boxes ask for). */
export async function copyFrame(c: BuilderContext, what: 'iframe' | 'address'): Promise<void> {
  c.status.set('iframe', '');
  const ok = await copyText(what === 'iframe' ? c.state.iframeSnippet : c.state.frameAddress, c.root);
  c.status.say('iframe', ok ? 'Copied' : 'Could not copy: select the text and press Ctrl+C (⌘C on a Mac).');
}

export function downloadCampaign(c: BuilderContext): void {
  const href = URL.createObjectURL(new Blob([c.state.campaignFile], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href, download: 'campaign.json', hidden: true });
  c.root.appendChild(link);
  link.click();
  link.remove();
  // Not revoked at once: the download may still be reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  const count = campaignProblems(c.state, c.previews).length;
  c.status.say(
    'campaign',
    `Downloaded campaign.json${count ? ` with ${problemCount(count)}: the elements will ignore those values.` : '.'}`,
  );
}

/** Shows every problem of the file and sends the focus to their summary. */
export async function checkFile(c: BuilderContext): Promise<void> {
  c.state.touchCampaign();
  const count = campaignProblems(c.state, c.previews).length;
  c.status.say('campaign', count ? `${problemCount(count)} found.` : 'No problems found: every element will read every value.');
  if (count) await focusAfterUpdate(c, '#summary-heading');
}

/** Loads a campaign file's text into the editor; false (and a message under the box) when it is not one. */
export function loadCampaign(c: BuilderContext, text: string): boolean {
  const result = c.state.loadFile(text);
  if ('error' in result) return false;
  const count = result.problems;
  // The live previews report what only the elements check (a source, a date order) a moment
  // later, so this count is of the values alone; the list below grows with the previews' reports.
  c.status.say(
    'campaign',
    `Loaded. ${count ? `${problemCount(count)} in the values` : 'No problems in the values'}; the previews below check the rest.`,
  );
  return true;
}

export async function readFile(c: BuilderContext, event: Event): Promise<void> {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) loadCampaign(c, await file.text());
}

export function loadPasted(c: BuilderContext): void {
  const area = c.root.querySelector<HTMLTextAreaElement>('#c-paste')!;
  if (!loadCampaign(c, area.value)) area.focus();
}

/** A summary link moves the focus to its control; following the #hash would not, in a shadow root. */
export function focusControl(c: BuilderContext, event: Event, id: string): void {
  event.preventDefault();
  c.root.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
}

/** Adds the language typed in "Add a language"; the reason under the control when refused. */
export async function addLanguage(c: BuilderContext): Promise<boolean> {
  const input = c.root.querySelector<HTMLInputElement>('#c-lang-add');
  const read = c.state.addLanguage(input?.value ?? '');
  if ('error' in read) {
    await focusAfterUpdate(c, '#c-lang-add');
    return false;
  }
  if (input) input.value = '';
  c.status.say('campaign', `Added ${languageName(read.tag)}: each text and link has a box for it now.`);
  return true;
}

/** Removes a language and its entries; the last language stays. */
export async function removeLanguage(c: BuilderContext, lang: string): Promise<void> {
  const removed = c.state.removeLanguage(lang);
  if (removed === undefined) return;
  const entries = removed ? ` and its entries in ${removed} ${removed === 1 ? 'setting' : 'settings'}` : '';
  c.status.say('campaign', `Removed ${languageName(lang)}${entries}.`);
  await focusAfterUpdate(c, '#c-lang-add');
}

/** Replaces a list of supporters, then focuses `focus` (a row's control, or the add button). */
export async function setRows(c: BuilderContext, which: RowList, rows: Row[], focus?: string): Promise<void> {
  c.state.setRows(which, rows);
  if (focus) await focusAfterUpdate(c, `#${CSS.escape(focus)}`);
}
