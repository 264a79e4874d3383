import type { CampaignSection } from './campaign.js';
import type { Fields } from './fields.js';

/**
 * One element, described once in its folder's `element.ts`. The bundle entries, the loader, the
 * builder, the iframe page, the campaign file's sections, the schema, `dist/settings.json`, the
 * README's tables and the tests' "every element" loops all read these descriptions (through
 * `src/elements.ts`), so a sixth element is one new folder.
 *
 * Plain data and the fields only: the build and the builder read it without loading the class.
 * The folder gives it in two parts, joined in `src/elements.ts`: what the class reads
 * (`ElementBasics`), and the rest, which the bundles that visitors download leave out.
 */
export interface ElementDescription<F extends Fields = Fields> {
  /** The tag it is defined as. */
  tag: string;
  /** What a campaign team calls it. */
  name: string;
  /** One line on what it does, for the builder, WordPress's block list and the README. */
  summary: string;
  /** The class: its module under `src/` without extension, and its exported name. */
  module: string;
  className: string;
  /** The campaign-file section it reads; the supporter wall reads `supporters` instead. */
  section?: CampaignSection;
  /** Its own settings; `settingsOf()` adds those every element takes (src/core/common-fields.ts). */
  fields: F;
  /** The settings most partners set, shown first (WordPress's block sidebar); default: all. */
  main?: ReadonlyArray<keyof F & string>;
  /**
   * Rules between settings (a banner's `end` after its `start`), checked by the element where it
   * merges them and by the campaign file's schema (its zod form: JSON Schema cannot compare).
   */
  rules?: readonly ElementRule[];
}

/** What an element's class reads of its description: the part in every visitor's files. */
export type ElementBasics = Pick<ElementDescription, 'tag' | 'section' | 'fields' | 'rules'>;

/** A rule between settings: given the checked settings, what is wrong (a message), or undefined. */
export interface ElementRule {
  keys: readonly string[];
  check(values: Record<string, any>): string | undefined;
}

type Steps = ReadonlyArray<readonly [maxWidth: string, size: string]>;
export interface ReserveSize {
  size: string;
  narrow?: Steps;
}
/**
 * The space the paste snippet keeps for an element (its folder's `reserve.ts`, gathered in
 * src/reserves.ts; the builder writes it, and the README's snippet and the iframe route's height
 * are made from the same; never in a visitor's files): `size` in `em` of the element's own text,
 * taller `narrow` steps at or below a width of the element itself (a container query: give it in
 * `em`, or `calc(Ach + Bem)` where it is words (`ch`) and boxes (`em`) both, as a banner's and a
 * share bar's), and other sizes `with` attributes (`compact`; `show-source !goal`: with show-source and
 * without goal; `label>44`: with a label of more than 44 characters). Each the tallest the element
 * draws at those widths, so that nothing moves when it draws and no blank band stays under it
 * (`node bench/heights.mjs`).
 */
export interface Reserve extends ReserveSize {
  /**
   * The element's box (a `@csspart`), which the snippet makes at least as tall as the space: where
   * the element draws less than the space keeps (a font narrower than the tallest measured), the
   * box takes the rest (its content centred in it) rather than leaving a blank band under it,
   * until the element is below the screen (`:state(fit)`, base.ts), where its box may be as tall
   * as what it draws.
   */
  part?: string;
  /**
   * An attribute with which the element reads no campaign file (a counter's `cite`: a cited
   * statistic is the partner's own figure): the README's style can then tell its `with` sizes'
   * absent settings (`!goal`) on the element, and the first of them whose words' length it cannot
   * tell (the longest's) stands for any length.
   */
  ownFigure?: string;
  /** The space when the element has one of these attributes; the first it has wins. */
  with?: Readonly<Record<string, ReserveSize>>;
  /**
   * The space where the element's built-in words are in one of `langs` and run longer than
   * English's (a share bar's labels wrap a row sooner in Welsh): the snippet keeps it for an
   * element in such a language (CSS `:lang()`: the page's `lang` or its own), where no `with`
   * size applies.
   */
  languages?: ReserveSize & { langs: readonly string[] };
  /**
   * For an element of equal cells in rows (the wall), its geometry in `em`, so that the builder,
   * which knows how many items (and in which groups) it writes, keeps the space of those rows at
   * each width: `size`/`narrow` above are then for a typical count only (the README's snippet, a
   * campaign file whose list is elsewhere).
   */
  grid?: Readonly<{
    /** A cell's least width, and its height. */
    cell: number;
    high: number;
    gap: number;
    /** What surrounds the cells: the box's padding across; above and below them, the heading and margins. */
    inset: number;
    frame: number;
    /** Each named group's own heading and margin. */
    group: number;
  }>;
}
