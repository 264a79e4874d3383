import type { Reserve, ReserveSize } from '../core/element.js';
import { DEFAULT_NETWORKS } from './fields.js';
import { NETWORKS } from './networks.js';

/**
 * A compact bar's geometry in em (share-bar.styles.ts): each icon at least `cell` wide (it grows to
 * 2.75em where the row has room) and `high` tall, `gap` between icons and rows, `inset` the bar's
 * padding across and `frame` above and below the icons.
 */
export const COMPACT_ROW = { cell: 2, high: 2.75, gap: 0.5, inset: 2, frame: 1.5 } as const;

/**
 * The icons a compact bar may draw for a `networks` setting: the device's share button where the
 * device has one, Mastodon's two once a visitor's server is remembered; names the bar does not know
 * are skipped, and a list of nothing else is the default list.
 */
export function compactControls(networks: string): number {
  const known = networks.split(/[\s,]+/).filter((name) => NETWORKS.includes(name));
  return (known.length ? known : DEFAULT_NETWORKS).reduce((count, name) => count + (name === 'mastodon' ? 2 : 1), 0);
}

/**
 * The space of a compact bar of `count` icons at each of its own widths: one row where they fit,
 * else as many rows as it takes, down to two icons a row. Steps only where the height changes,
 * the widest first.
 */
export function compactReserve(count: number, row = COMPACT_ROW): ReserveSize {
  const em = (value: number) => `${Math.ceil(value * 4) / 4}em`;
  const height = (columns: number) => {
    const rows = Math.ceil(count / columns);
    return row.frame + rows * row.high + (rows - 1) * row.gap;
  };
  const narrow: Array<[string, string]> = [];
  // Down to two icons a row (6.5em): no column of a page is narrower, and a frame's suggested
  // height for phones (frameHeight) is the tallest step.
  for (let columns = Math.max(1, count); columns > 2; columns--) {
    const fewer = height(columns - 1);
    if (fewer === height(columns)) continue;
    // Below the width that `columns` icons need, there is one fewer in a row.
    const need = columns * row.cell + (columns - 1) * row.gap + row.inset;
    narrow.push([`${(need - 0.05).toFixed(2).replace(/\.?0+$/, '')}em`, em(fewer)]);
  }
  return { size: em(height(Math.max(1, count))), narrow };
}

// From `FONTS=many node bench/heights.mjs share-bar`: the default networks and the device's share button; `compact` icons (six, each at
// least 2em wide: one row down to 16.5em).
//
// A bar's rows are its buttons, each its words and its icon and padding: each step is a width in
// both the page font's own characters (`ch`, its "0") and `em`, `calc(Ach + Bem)`, which a
// container query reads in the bar's own font. By `em` alone a narrow font was kept the rows of a
// wide one (the browser's Times at 375px: 108px blank), and a wide serif at 920px was kept a row
// too few; by `ch` alone a wide sans-serif was kept a narrow serif's rows. How wide a font's
// letters are beside its "0" differs from font to font, so the steps are measured in eight
// families, narrow and wide, serif and sans-serif; each step takes in every one of them. A compact
// bar's icons go by `em`.
export const shareBarReserve = {
  part: 'bar',
  size: '6.5em',
  narrow: [
    ['calc(19.41ch + 45.5em)', '9.75em'],
    ['calc(10.44ch + 24em)', '13em'],
    ['calc(5.88ch + 20.25em)', '16.25em'],
    ['calc(10.44ch + 15em)', '19.5em'],
    ['calc(7.73ch + 10.5em)', '20.25em'],
    ['calc(0.96ch + 14.25em)', '22.75em'],
    ['calc(1.21ch + 14em)', '23.5em'],
    ['calc(5.88ch + 9.25em)', '24em'],
  ],
  // From the same, "share-bar languages": the same bar in each language of our words, the tallest
  // at each width ("Copïo’r ddolen", "Mwy o ffyrdd i rannu" wrap a row sooner).
  languages: {
    langs: ['cy', 'fr', 'de', 'es', 'ar'],
    size: '6.5em',
    narrow: [
      ['calc(17.61ch + 61em)', '9.75em'],
      ['calc(7.91ch + 35.5em)', '13em'],
      ['calc(7.91ch + 26.5em)', '16.25em'],
      ['calc(2.72ch + 22.25em)', '19.5em'],
      ['calc(15.7ch + 12.75em)', '20.25em'],
      ['calc(7.78ch + 13.25em)', '21em'],
      ['calc(10.16ch + 10.5em)', '21.25em'],
      ['calc(0.96ch + 14.25em)', '25em'],
      ['calc(4.97ch + 11.5em)', '25.75em'],
      ['calc(5.27ch + 8.75em)', '27em'],
    ],
  },
  with: {
    // Measured above 11em; the narrower steps from the icons' geometry (reserve.ts compactReserve,
    // which sizes a bar by the networks the builder writes).
    compact: {
      size: '4.25em',
      narrow: [
        ['16.7em', '7.5em'],
        ['8.95em', '10.75em'],
      ],
    },
  },
} as const satisfies Reserve;
