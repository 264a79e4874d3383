import { fixture, html } from '@open-wc/testing';
import type { EmbedBuilder } from '../src/builder/embed-builder.js';

// What every builder test does as the campaign officer: find a control, type, click, choose.

/** A control in the builder's shadow root; a missing one fails the test with its selector. */
export const $ = <T extends HTMLElement = HTMLInputElement>(el: EmbedBuilder, selector: string) => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the builder`);
  return found;
};

/** Types a value as a person does: input events while typing, change when leaving the field. */
export async function fill(el: EmbedBuilder, id: string, value: string) {
  const input = $<HTMLInputElement | HTMLSelectElement>(el, `#${id}`);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Clicks, then lets the builder finish what the click started (moving the focus after a re-render). */
export async function click(el: EmbedBuilder, selector: string) {
  $(el, selector).click();
  await el.updateComplete;
  await new Promise((r) => setTimeout(r));
}

export const chooseElement = (el: EmbedBuilder, tag: string) => click(el, `input[name="tag"][value="${tag}"]`);

/** A builder as the demo page has it, for version 0.1.0 with the given loader hash. */
export const builder = (integrity = 'sha384-test') =>
  fixture<EmbedBuilder>(html`<embed-builder version="0.1.0" integrity=${integrity}></embed-builder>`);
