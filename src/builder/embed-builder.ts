import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { kebab, parseField, url as urlField, type Field } from '../core/fields.js';
import { copyText } from '../core/clipboard.js';
import { builderStyles } from './builder.styles.js';
import {
  campaignText,
  checkCampaign,
  controlId,
  emptyDraft,
  parseCampaign,
  SECTIONS,
  unknownKeys,
  type Draft,
  type Problem,
} from './campaign-file.js';
import { commonFields, describeField, elementInfo, ELEMENTS, loadDescriptions, type Descriptions, type Tag } from './catalog.js';
import { planFromAttributes, planFromFile, planMarkup, renderPreview, serveDraft, type PreviewError, type PreviewPlan } from './preview.js';
import { elementMarkup, scriptUrlFor, snippet, type Attributes } from './snippet.js';
import { cell, newRow, supporterMarkup, supporterProblem, withCell, SUPPORTER_KEYS, type Row, type SupporterKey } from './supporters.js';
import { attributeOf, display, isBlank, problemOf, type Raw } from './values.js';

type Mode = 'element' | 'campaign';

interface FieldView {
  id: string;
  label: string;
  field: Field;
  raw: Raw;
  hint: string;
  /** Messages the element reported from the preview for this attribute. */
  reported: string[];
  set: (raw: Raw) => void;
}

const SUPPORTER_LABELS: Record<SupporterKey, [string, string]> = {
  name: ['Name', 'Required. Also the text alternative of the logo, and shown if the logo fails to load.'],
  logo: ['Logo address', 'An https: address of the logo image (SVG or PNG).'],
  href: ['Link', 'Where the logo links (optional).'],
  tier: ['Tier', 'A group heading such as "Lead partners" (optional).'],
};

/** Backticks in the JSDoc become code. */
const rich = (text: string) => text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));

async function getJson(href: string | undefined): Promise<Record<string, unknown> | undefined> {
  if (!href) return undefined;
  try {
    const response = await fetch(href, { credentials: 'omit', cache: 'no-store' });
    return response.ok ? ((await response.json()) as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The embed builder: a form per element generated from the element's own fields, a live preview
 * of the real element, the paste snippet, and a campaign-file editor.
 *
 * @internal Not part of the partner bundle (dist/builder.js, for demo/builder.html).
 */
export class EmbedBuilder extends LitElement {
  static override styles = builderStyles;

  /** Where custom-elements.json is: the attribute hints come from the elements' JSDoc. */
  @property() manifest?: string;
  /** Where dist/sri.json is: the pinned version and integrity hash of the built script. */
  @property() sri?: string;
  /** package.json, for the version when sri.json is missing (before a build). */
  @property({ attribute: 'package' }) pkg?: string;
  @property() version?: string;
  @property() integrity?: string;

  @state() mode: Mode = 'element';
  @state() tag: Tag = 'campaign-banner';
  @state() private _values = Object.fromEntries(ELEMENTS.map((e) => [e.tag, {}])) as Record<Tag, Record<string, Raw>>;
  @state() private _wallRows: Row[] = [];
  @state() private _draft: Draft = emptyDraft();
  @state() private _touched = new Set<string>();
  @state() private _scriptSrc = '';
  @state() private _descriptions: Descriptions = {};
  @state() private _pinsLoaded = false;
  @state() private _reported: Record<string, PreviewError[]> = {};
  @state() private _copyStatus = '';
  @state() private _campaignStatus = '';
  @state() private _loadError = '';
  @state() private _empty: Record<string, boolean> = {};

  private _plans: Record<string, PreviewPlan> = {};
  /** Reports of the preview elements by the form control they are about, and the rest by preview. */
  private _byControl = new Map<string, string[]>();
  private _where = new Map<string, string>();
  private _unplaced: Record<string, PreviewError[]> = {};
  private _served?: { text: string; href: string };
  private _shown: Record<string, { container: HTMLElement; markup: string }> = {};
  private _stops: Record<string, () => void> = {};
  private _timer?: ReturnType<typeof setTimeout>;
  private _statusTimer?: ReturnType<typeof setTimeout>;
  private _resize = new ResizeObserver(() => this.measurePreviews());

  override connectedCallback(): void {
    super.connectedCallback();
    loadDescriptions(this.manifest).then((d) => (this._descriptions = d));
    this.loadPins();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resize.disconnect();
    clearTimeout(this._timer);
    Object.values(this._stops).forEach((stop) => stop());
  }

  private async loadPins(): Promise<void> {
    const sri = await getJson(this.sri);
    const files = sri?.files as Record<string, unknown> | undefined;
    const hash = files?.['coalition-embed.js'];
    if (typeof sri?.version === 'string') this.version ??= sri.version;
    if (typeof hash === 'string' && hash.startsWith('sha384-')) this.integrity ??= hash;
    if (!this.version) {
      const pkg = await getJson(this.pkg);
      if (typeof pkg?.version === 'string') this.version = pkg.version;
    }
    this._pinsLoaded = true;
  }

  // ---- what the form holds -------------------------------------------------------------------

  /** The element's attributes for the snippet: its own fields in order, then the shared ones. */
  attributesFor(tag: Tag = this.tag): Attributes {
    const values = this._values[tag];
    const out: Attributes = [];
    for (const [key, field] of [...Object.entries(elementInfo(tag).fields), ...Object.entries(commonFields)]) {
      const value = attributeOf(field, values[key]);
      if (value !== undefined) out.push([kebab(key), value]);
    }
    return out;
  }

  get scriptSrc(): string {
    return this._scriptSrc.trim() || scriptUrlFor(this.version ?? 'VERSION');
  }

  /** The paste snippet for the element being built. */
  get snippet(): string {
    return snippet({
      tag: this.tag,
      attributes: this.attributesFor(),
      children: this.wallChildren(this._wallRows),
      src: this.scriptSrc,
      integrity: this.integrity,
      version: this.version ?? 'VERSION',
    });
  }

  /** The element alone, as pasted into a page that already has the script. */
  get elementSnippet(): string {
    return elementMarkup(this.tag, this.attributesFor(), this.wallChildren(this._wallRows));
  }

  get campaignFile(): string {
    return campaignText(this._draft);
  }

  /**
   * Every problem with the file: the fields' own checks, at once, and what the preview elements
   * report after reading it as their campaign file (what only an element checks, like an unknown
   * network or a window that ends before it starts), in the words they log.
   */
  get campaignProblems(): Problem[] {
    const problems = checkCampaign(this._draft);
    for (const [target, messages] of this._byControl) {
      for (const message of messages) {
        if (!problems.some((p) => p.message === message)) problems.push({ target, where: this._where.get(message) ?? '', message });
      }
    }
    return problems;
  }

  /** Loads a campaign file's text into the editor; false (and a message) when it is not one. */
  loadCampaign(text: string): boolean {
    const result = parseCampaign(text);
    if ('error' in result) {
      this._loadError = result.error;
      return false;
    }
    this._loadError = '';
    this._draft = result.draft;
    this.touchCampaign();
    const count = checkCampaign(result.draft).length;
    this.say('campaign', `Loaded. ${count ? `${count} ${count === 1 ? 'problem' : 'problems'} to fix.` : 'No problems found.'}`);
    return true;
  }

  private wallChildren(rows: Row[]): string[] {
    return rows.map(supporterMarkup).filter((m): m is string => !!m);
  }

  /** Shows every problem of the file at once: after loading it, or when asked to check it. */
  private touchCampaign(): void {
    const ids = ['id', 'partner'].map((k) => controlId('top', k));
    for (const { section, fields } of SECTIONS) ids.push(...Object.keys(fields).map((k) => controlId(section, k)));
    ids.push(...this._draft.supporters.map((r) => `s-${r.id}-name`), ...checkCampaign(this._draft).map((p) => p.target));
    this._touched = new Set([...this._touched, ...ids]);
  }

  private setValue(tag: Tag, key: string, raw: Raw): void {
    this._values = { ...this._values, [tag]: { ...this._values[tag], [key]: raw } };
  }

  private setDraft(section: keyof Draft['sections'] | 'top', key: string, raw: Raw): void {
    const draft = { ...this._draft, sections: { ...this._draft.sections } };
    if (section === 'top') draft.top = { ...draft.top, [key]: raw };
    else draft.sections[section] = { ...draft.sections[section], [key]: raw };
    this._draft = draft;
  }

  private touch(id: string): void {
    if (!this._touched.has(id)) this._touched = new Set(this._touched).add(id);
  }

  private say(which: 'copy' | 'campaign', message: string): void {
    clearTimeout(this._statusTimer);
    if (which === 'copy') {
      this._copyStatus = message;
      this._statusTimer = setTimeout(() => (this._copyStatus = ''), 4000);
    } else this._campaignStatus = message;
  }

  // ---- previews ------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const plans: Record<string, PreviewPlan> = {};
    if (this.mode === 'element') {
      plans.element = planFromAttributes(this.tag, elementInfo(this.tag).fields, this.attributesFor(), this.wallChildren(this._wallRows));
    } else {
      const text = this.campaignFile;
      if (this._served?.text !== text) this._served = { text, href: serveDraft(text) };
      for (const { tag, section, fields } of SECTIONS) {
        plans[section] = planFromFile(tag, this._served.href, section === 'banner' ? { fields, values: this._draft.sections.banner } : undefined);
      }
      plans.supporters = planFromFile('supporter-wall', this._served.href);
    }
    this._plans = plans;
    this._byControl = new Map();
    this._where = new Map();
    this._unplaced = {};
    for (const [name, errors] of Object.entries(this._reported)) {
      // A preview waiting to be rebuilt speaks for settings that have changed since.
      if (!plans[name] || this._shown[name]?.markup !== planMarkup(plans[name])) continue;
      for (const error of errors) {
        const target = this.controlFor(name, error.attribute, error.message);
        const messages = target && (this._byControl.get(target) ?? []);
        if (!messages) (this._unplaced[name] ??= []).push(error);
        else if (!messages.includes(error.message)) {
          // Each element reading the file reports its top-level problems: one line is enough.
          this._byControl.set(target, [...messages, error.message]);
          this._where.set(error.message, error.attribute);
        }
      }
    }
  }

  /**
   * The form control a preview's report is about: a campaign-file key it names, or an attribute
   * that has a value in the form. Reports about settings left empty ("no count and no source")
   * stay under the preview, as notes on what the element will do.
   */
  private controlFor(preview: string, attribute: string, message: string): string | undefined {
    const named = /^campaign file "(\w+)(?:\.(\w+))?"$/.exec(attribute);
    // In element mode a file comes from the `campaign` attribute: its problems stay under the preview.
    if (named && preview === 'element') return undefined;
    if (named) {
      const [, first, key] = named;
      if (key) return controlId(first, key);
      if (first !== 'supporters') return controlId('top', first);
      const row = this._draft.supporters[Number(/^supporter (\d+) /.exec(message)?.[1]) - 1];
      return row && `s-${row.id}-name`;
    }
    const section = SECTIONS.find((s) => s.section === preview);
    const fields = preview === 'element' ? { ...elementInfo(this.tag).fields, ...commonFields } : section?.fields ?? {};
    const values = preview === 'element' ? this._values[this.tag] : section ? this._draft.sections[section.section] : {};
    const key = Object.keys(fields).find((k) => kebab(k) === attribute);
    if (!key || isBlank(values[key])) return undefined;
    return preview === 'element' ? `f-${kebab(key)}` : controlId(preview, key);
  }

  private container(name: string) {
    return this.renderRoot.querySelector<HTMLElement>(`[data-preview="${name}"]`);
  }

  /** Previews whose container is new (first render, another mode) or whose markup changed. */
  private stalePreviews(): Array<[string, HTMLElement, string]> {
    const stale: Array<[string, HTMLElement, string]> = [];
    for (const [name, plan] of Object.entries(this._plans)) {
      const container = this.container(name);
      const markup = planMarkup(plan);
      const shown = this._shown[name];
      if (container && (shown?.container !== container || shown.markup !== markup)) stale.push([name, container, markup]);
    }
    return stale;
  }

  protected override updated(): void {
    const stale = this.stalePreviews();
    if (!stale.length) return;
    clearTimeout(this._timer);
    // A new container is filled at once; typing rebuilds the element once the person pauses, not
    // on every key (a counter would fetch its source each time).
    if (stale.some(([name, container]) => this._shown[name]?.container !== container)) this.renderPreviews();
    else this._timer = setTimeout(() => this.renderPreviews(), 250);
  }

  private renderPreviews(): void {
    for (const [name, container, markup] of this.stalePreviews()) {
      this._shown[name] = { container, markup };
      this._stops[name]?.();
      this._stops[name] = renderPreview(container, markup, (errors) => (this._reported = { ...this._reported, [name]: errors }));
    }
    this._resize.disconnect();
    for (const container of this.renderRoot.querySelectorAll<HTMLElement>('[data-preview]')) {
      if (container.firstElementChild) this._resize.observe(container.firstElementChild);
    }
  }

  private measurePreviews(): void {
    const empty: Record<string, boolean> = {};
    for (const container of this.renderRoot.querySelectorAll<HTMLElement>('[data-preview]')) {
      const element = container.firstElementChild;
      empty[container.dataset.preview!] = !element || element.getBoundingClientRect().height < 1;
    }
    if (JSON.stringify(empty) !== JSON.stringify(this._empty)) this._empty = empty;
  }

  /** The preview element, for tests and for anyone checking what the snippet renders. */
  previewElement(name = 'element'): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-preview="${name}"] > *`);
  }

  // ---- actions -------------------------------------------------------------------------------

  private async copy(): Promise<void> {
    this._copyStatus = '';
    const ok = await copyText(this.snippet, this.renderRoot);
    this.say('copy', ok ? 'Copied' : 'Could not copy: select the snippet and press Ctrl+C (⌘C on a Mac).');
  }

  private download(): void {
    const href = URL.createObjectURL(new Blob([this.campaignFile], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href, download: 'campaign.json', hidden: true });
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
    const count = this.campaignProblems.length;
    this.say('campaign', `Downloaded campaign.json${count ? ` with ${count} ${count === 1 ? 'problem' : 'problems'}: the elements will ignore those values.` : '.'}`);
  }

  private async check(): Promise<void> {
    this.touchCampaign();
    const count = this.campaignProblems.length;
    this.say('campaign', count ? `${count} ${count === 1 ? 'problem' : 'problems'} found.` : 'No problems found: every element will read every value.');
    if (!count) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#summary-heading')?.focus();
  }

  private async readFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) this.loadCampaign(await file.text());
  }

  private loadPasted(): void {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#c-paste')!;
    if (!this.loadCampaign(area.value)) area.focus();
  }

  private focusControl(event: Event, id: string): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  }

  private async editRows(which: 'wall' | 'draft', rows: Row[], focus?: string): Promise<void> {
    if (which === 'wall') this._wallRows = rows;
    else this._draft = { ...this._draft, supporters: rows };
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(focus)}`)?.focus();
  }

  // ---- rendering -----------------------------------------------------------------------------

  private fieldView(view: FieldView): TemplateResult {
    const { id, label, field, raw, hint, reported, set } = view;
    const problem = this._touched.has(id) ? problemOf(field, raw) : undefined;
    const errors = [...(problem ? [problem] : []), ...reported.filter((m) => m !== problem)];
    const describedBy = `${id}-hint${errors.length ? ` ${id}-error` : ''}`;
    const invalid = errors.length ? 'true' : 'false';
    const commit = () => this.touch(id);
    const text = (event: Event) => set((event.target as HTMLInputElement).value);
    const labelled = html`<label for=${id}><code>${label}</code></label>`;
    let when: string | undefined;
    if (field.kind === 'date' && typeof raw === 'string') {
      const parsed = parseField(field, raw);
      if (parsed.ok) when = new Date(parsed.value as number).toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' });
    }
    const hintText = html`<p class="hint" id="${id}-hint">${rich(hint)}${when ? html` <strong>Your time: ${when}.</strong>` : nothing}</p>`;
    const errorText = errors.length ? html`<p class="error" id="${id}-error">${errors.join(' ')}</p>` : nothing;
    let control: TemplateResult;
    switch (field.kind) {
      case 'flag':
        return html`<div class="field check">
          <input type="checkbox" id=${id} .checked=${live(raw === true || raw === 'true' || raw === '')} aria-describedby=${describedBy}
            aria-invalid=${invalid} @change=${(e: Event) => (set((e.target as HTMLInputElement).checked), commit())} />
          ${labelled} ${hintText} ${errorText}
        </div>`;
      case 'choice': {
        const current = display(raw) || (field.default as string);
        const options = field.options!.includes(current) ? field.options! : [current, ...field.options!];
        control = html`<select id=${id} aria-describedby=${describedBy} aria-invalid=${invalid}
          @change=${(e: Event) => (set((e.target as HTMLSelectElement).value), commit())}>
          ${options.map((o) => html`<option value=${o} ?selected=${o === current}>${o}${o === field.default ? ' (default)' : ''}</option>`)}
        </select>`;
        break;
      }
      case 'number':
        // A text box, not type=number: a browser empties a number box it cannot read ("1 minute")
        // without a word, where the element's own message says what is wrong.
        control = html`<input type="text" inputmode="decimal" id=${id} .value=${live(display(raw))} autocomplete="off"
          placeholder=${field.default === undefined ? nothing : String(field.default)} aria-describedby=${describedBy}
          aria-invalid=${invalid} @input=${text} @change=${commit} />`;
        break;
      default:
        control = html`<input type=${field.kind === 'url' ? 'url' : 'text'} id=${id} .value=${live(display(raw))}
          spellcheck=${field.kind === 'text' ? 'true' : 'false'} autocomplete="off"
          placeholder=${field.kind === 'date' ? '2026-05-18T09:00:00+01:00' : Array.isArray(field.default) ? field.default.join(' ') : nothing}
          aria-describedby=${describedBy} aria-invalid=${invalid} @input=${text} @change=${commit} />`;
    }
    return html`<div class="field">${labelled} ${control} ${hintText} ${errorText}</div>`;
  }

  private reportedFor(id: string): string[] {
    return this._byControl.get(id) ?? [];
  }

  private supportersEditor(which: 'wall' | 'draft', rows: Row[], preview: string): TemplateResult {
    const update = (next: Row[], focus?: string) => this.editRows(which, next, focus);
    const move = (index: number, by: number, button: string) => {
      const next = [...rows];
      const [row] = next.splice(index, 1);
      next.splice(index + by, 0, row);
      // The button may have moved to the end or start, where it is disabled: focus its partner.
      const target = index + by === 0 && by < 0 ? 'down' : index + by === rows.length - 1 && by > 0 ? 'up' : button;
      update(next, `s-${row.id}-${target}`);
    };
    return html`${repeat(
        rows,
        (row) => row.id,
        (row, index) => {
          const problem = this._touched.has(`s-${row.id}-name`) ? supporterProblem(row, index) : undefined;
          const name = display(cell(row, 'name')).trim();
          const title = `supporter ${index + 1}${name ? ` (${name})` : ''}`;
          return html`<fieldset class="row">
            <legend>Supporter ${index + 1}</legend>
            ${SUPPORTER_KEYS.map((key) => {
              const id = `s-${row.id}-${key}`;
              const [label, hint] = SUPPORTER_LABELS[key];
              const showError = key === 'name' && problem;
              return html`<div class="field">
                <label for=${id}>${label}</label>
                <input id=${id} type=${key === 'logo' || key === 'href' ? 'url' : 'text'} .value=${live(display(cell(row, key)))}
                  autocomplete="off" aria-describedby="${id}-hint${showError ? ` ${id}-error` : ''}" aria-invalid=${showError ? 'true' : 'false'}
                  @input=${(e: Event) => update(rows.map((r) => (r === row ? withCell(r, key, (e.target as HTMLInputElement).value) : r)))}
                  @change=${() => this.touch(`s-${row.id}-name`)} />
                <p class="hint" id="${id}-hint">${hint}</p>
                ${showError ? html`<p class="error" id="${id}-error">${problem}</p>` : nothing}
              </div>`;
            })}
            <div class="actions">
              <button type="button" class="secondary" id="s-${row.id}-up" ?disabled=${index === 0} aria-label="Move up: ${title}"
                @click=${() => move(index, -1, 'up')}>Move up</button>
              <button type="button" class="secondary" id="s-${row.id}-down" ?disabled=${index === rows.length - 1}
                aria-label="Move down: ${title}" @click=${() => move(index, 1, 'down')}>Move down</button>
              <button type="button" class="secondary" aria-label="Remove ${title}"
                @click=${() => update(rows.filter((r) => r !== row), rows[index + 1] ? `s-${rows[index + 1].id}-name` : `${preview}-add`)}>Remove</button>
            </div>
          </fieldset>`;
        },
      )}
      <div class="actions">
        <button type="button" class="secondary" id="${preview}-add" @click=${() => {
          const row = newRow();
          update([...rows, row], `s-${row.id}-name`);
        }}>Add a supporter</button>
      </div>`;
  }

  /**
   * A preview as a figure, not under a heading of its own: the elements bring their own headings,
   * and the builder's outline should not depend on theirs.
   */
  private previewBlock(name: string, caption?: TemplateResult): TemplateResult {
    const plan = this._plans[name];
    const others = this._unplaced[name] ?? [];
    return html`<figure>
      ${caption ? html`<figcaption>${caption}</figcaption>` : nothing}
      ${plan?.notes.map((n) => html`<p class="note">${n}</p>`)}
      ${this._empty[name] ? html`<p class="note">With these settings the element shows nothing yet.</p>` : nothing}
      <div class="preview" data-preview=${name}></div>
      ${others.length
        ? html`<p class="hint">The element logs:</p>
            <ul class="problems error">${others.map((e) => html`<li><code>${e.attribute}</code>: ${e.message}</li>`)}</ul>`
        : nothing}
    </figure>`;
  }

  private elementMode(): TemplateResult {
    const info = elementInfo(this.tag);
    const values = this._values[this.tag];
    const fieldFor = (key: string, field: Field) => {
      const id = `f-${kebab(key)}`;
      return this.fieldView({
        id,
        label: kebab(key),
        field,
        raw: values[key],
        hint: describeField(this._descriptions, this.tag, key, field),
        reported: this.reportedFor(id),
        set: (raw) => this.setValue(this.tag, key, raw),
      });
    };
    const invalid = [...Object.entries(info.fields), ...Object.entries(commonFields)].filter(([k, f]) => problemOf(f, values[k])).length;
    const leftOut = invalid + this._wallRows.filter((r, i) => supporterProblem(r, i)).length;
    const scriptProblem = this._scriptSrc.trim() && problemOf(urlField(), this._scriptSrc);
    const lines = this.snippet.split('\n').length;
    return html`<div class="columns">
      <form novalidate @submit=${(e: Event) => e.preventDefault()} aria-label="Element settings">
        <fieldset>
          <legend>Element</legend>
          <div class="choices">
            ${ELEMENTS.map(
              (e) => html`<label><input type="radio" name="tag" value=${e.tag} .checked=${live(e.tag === this.tag)}
                @change=${() => (this.tag = e.tag)} /> ${e.name} <code>&lt;${e.tag}&gt;</code></label>`,
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend>Settings of <code>&lt;${this.tag}&gt;</code></legend>
          <p class="hint">Leave a setting empty to use its default. Only settings that differ from the default go into the snippet.</p>
          ${Object.entries(info.fields).map(([key, field]) => fieldFor(key, field))}
        </fieldset>
        ${this.tag === 'supporter-wall'
          ? html`<fieldset>
              <legend>Supporters in the page</legend>
              <p class="hint">Written into the snippet as logos inside the element: what visitors see without JavaScript. Or leave this empty and use <code>src</code> or the campaign file.</p>
              ${this.supportersEditor('wall', this._wallRows, 'element')}
            </fieldset>`
          : nothing}
        <fieldset>
          <legend>Every element</legend>
          ${Object.entries(commonFields).map(([key, field]) => fieldFor(key, field))}
        </fieldset>
        <fieldset>
          <legend>The script</legend>
          <div class="field">
            <label for="script-src">Script address</label>
            <input id="script-src" type="url" autocomplete="off" .value=${live(this.scriptSrc)} @input=${(e: Event) =>
              (this._scriptSrc = (e.target as HTMLInputElement).value)} @change=${() => this.touch('script-src')}
              aria-describedby="script-src-hint${scriptProblem ? ' script-src-error' : ''}" aria-invalid=${scriptProblem ? 'true' : 'false'} />
            <p class="hint" id="script-src-hint">The jsDelivr CDN by default. To host the script yourself, give the address of your copy of
              <code>coalition-embed.js</code> from the same version${this.version ? html` (${this.version})` : nothing}: the integrity hash
              is for exactly that file.</p>
            ${scriptProblem ? html`<p class="error" id="script-src-error">${scriptProblem}</p>` : nothing}
          </div>
        </fieldset>
      </form>
      <div class="output">
        <h3>Preview</h3>
        ${this.previewBlock('element')}
        <h3>Snippet</h3>
        ${this._pinsLoaded && !this.integrity
          ? html`<p class="note warning">No integrity hash: <code>dist/sri.json</code> was not found. Run <code>npm run build</code>, or copy
              the hash for this version from the release notes, before handing the snippet out.</p>`
          : nothing}
        ${this._pinsLoaded && !this.version
          ? html`<p class="note warning">The version is unknown: replace <code>VERSION</code> in the script address.</p>`
          : nothing}
        ${leftOut
          ? html`<p class="note warning">${leftOut} ${leftOut === 1 ? 'setting has a problem and is' : 'settings have problems and are'} left out of the snippet.</p>`
          : nothing}
        ${this._byControl.size
          ? html`<p class="note warning">The preview reports a problem (in red under the field): the snippet keeps that setting as you
              typed it, and the element will report it on every page. Fix it before you copy.</p>`
          : nothing}
        <label for="snippet">Paste this into your page, where the element should appear</label>
        <textarea id="snippet" readonly rows=${Math.min(Math.max(lines + 1, 4), 24)} spellcheck="false" .value=${this.snippet}></textarea>
        <div class="actions">
          <button type="button" @click=${this.copy}>Copy snippet</button>
          <p class="status" role="status">${this._copyStatus}</p>
        </div>
      </div>
    </div>`;
  }

  private campaignMode(): TemplateResult {
    const draft = this._draft;
    const problems = this.campaignProblems;
    const shown = problems.filter((p) => this._touched.has(p.target));
    const unknown = unknownKeys(draft);
    const topField = (key: 'id' | 'partner') => {
      const id = controlId('top', key);
      const field = commonFields.partner;
      const reported = problems.filter((p) => p.target === id && !problemOf(field, draft.top[key])).map((p) => p.message);
      reported.push(...this.reportedFor(id).filter((m) => !reported.includes(m)));
      return this.fieldView({
        id,
        label: key,
        field,
        raw: draft.top[key],
        hint:
          key === 'id'
            ? 'A short name for the campaign, such as safer-by-design: it namespaces remembered dismissals and becomes utm_campaign on links.'
            : 'A default partner name for every element (utm_source on links); each partner usually sets `partner` on their own elements instead.',
        reported: this._touched.has(id) ? reported : [],
        set: (raw) => this.setDraft('top', key, raw),
      });
    };
    return html`<div class="columns">
      <form novalidate @submit=${(e: Event) => e.preventDefault()} aria-label="Campaign file">
        <fieldset>
          <legend>Load an existing file</legend>
          <div class="field">
            <label for="c-file">Choose a campaign file</label>
            <input type="file" id="c-file" accept=".json,application/json" @change=${this.readFile} />
          </div>
          <div class="field">
            <label for="c-paste">Or paste its JSON</label>
            <textarea id="c-paste" rows="4" spellcheck="false" aria-invalid=${this._loadError ? 'true' : 'false'}
              aria-describedby=${this._loadError ? 'c-paste-error' : nothing}></textarea>
            ${this._loadError ? html`<p class="error" id="c-paste-error">${this._loadError}</p>` : nothing}
          </div>
          <button type="button" class="secondary" id="c-load" @click=${this.loadPasted}>Load pasted JSON</button>
        </fieldset>
        <fieldset>
          <legend>Campaign</legend>
          ${topField('id')} ${topField('partner')}
        </fieldset>
        ${SECTIONS.map(({ tag, section, fields }) => {
          const values = draft.sections[section];
          return html`<fieldset>
            <legend><code>${section}</code>: settings of <code>&lt;${tag}&gt;</code></legend>
            ${Object.entries(fields).map(([key, field]) =>
              this.fieldView({
                id: controlId(section, key),
                label: key,
                field,
                raw: values[key],
                hint: describeField(this._descriptions, tag, key, field),
                reported: this.reportedFor(controlId(section, key)),
                set: (raw) => this.setDraft(section, key, raw),
              }),
            )}
          </fieldset>`;
        })}
        <fieldset>
          <legend><code>supporters</code>: read by <code>&lt;supporter-wall&gt;</code></legend>
          ${this.supportersEditor('draft', draft.supporters, 'supporters')}
        </fieldset>
      </form>
      <div class="output">
        <h3>Check and download</h3>
        ${shown.length
          ? html`<div class="summary">
              <h4 id="summary-heading" tabindex="-1">${shown.length} ${shown.length === 1 ? 'problem' : 'problems'}</h4>
              <ul>
                ${shown.map(
                  (p) => html`<li><a href="#${p.target}" @click=${(e: Event) => this.focusControl(e, p.target)}>${p.where}: ${p.message}</a></li>`,
                )}
              </ul>
            </div>`
          : nothing}
        ${unknown.length
          ? html`<p class="note">Kept in the file, but no element reads ${unknown.length === 1 ? 'this key' : 'these keys'}:
              ${unknown.map((k, i) => html`${i ? ', ' : ''}<code>${k}</code>`)}.</p>`
          : nothing}
        <div class="actions">
          <button type="button" class="secondary" @click=${this.check}>Check the file</button>
          <button type="button" @click=${this.download}>Download campaign.json</button>
        </div>
        <p class="status" role="status">${this._campaignStatus}</p>
        <label for="c-json">campaign.json</label>
        <textarea id="c-json" readonly rows="12" spellcheck="false" .value=${this.campaignFile}></textarea>
        <h3>Preview</h3>
        <p class="hint">The elements with this file's settings. On partner pages each partner's own attributes come first.</p>
        ${SECTIONS.map(({ tag, section }) => this.previewBlock(section, html`<code>&lt;${tag}&gt;</code>`))}
        ${this.previewBlock('supporters', html`<code>&lt;supporter-wall&gt;</code>`)}
      </div>
    </div>`;
  }

  protected override render() {
    return html`<form novalidate @submit=${(e: Event) => e.preventDefault()} aria-label="Mode">
        <fieldset>
          <legend>What are you making?</legend>
          <div class="choices">
            <label><input type="radio" name="mode" value="element" .checked=${live(this.mode === 'element')}
              @change=${() => (this.mode = 'element')} /> A snippet for a partner's page</label>
            <label><input type="radio" name="mode" value="campaign" .checked=${live(this.mode === 'campaign')}
              @change=${() => (this.mode = 'campaign')} /> The campaign file</label>
          </div>
        </fieldset>
      </form>
      <h2>${this.mode === 'element' ? 'Snippet for one element' : 'Campaign file'}</h2>
      ${this.mode === 'element' ? this.elementMode() : this.campaignMode()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'embed-builder': EmbedBuilder;
  }
}
