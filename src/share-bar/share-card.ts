/**
 * The share card: a 1080×1350 PNG (Instagram's portrait size, also right for TikTok and WhatsApp
 * Status) drawn on the visitor's own device. Nothing is uploaded or fetched: the card is words on
 * the theme's colours, in the element's own font.
 */
import { isRecord } from '../core/campaign.js';
import { pickLanguage } from '../core/i18n.js';
import type { ShareData } from './networks.js';

export const CARD = { width: 1080, height: 1350, margin: 96 };

export interface CardContent {
  headline: string;
  hashtags: string[];
  /** The campaign's address, shown without its scheme. */
  url: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  font: string;
  /** The campaign's accent as the card's ground, and the theme's text colour for it (4.5:1 or better by design). */
  colors: { background: string; text: string };
}

type Measure = (text: string, size: number) => number;

/**
 * Breaks text into lines that fit `width` at `size`; a word longer than a line (a 40-letter
 * Welsh compound, a URL) is broken inside, so nothing is ever cut off at the card's edge.
 */
export function wrap(text: string, width: number, size: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (measure(rest, size) > width) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut), size) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** The largest headline size (from 104 px down) whose lines fit the card's text box. */
export function fitHeadline(text: string, measure: Measure, box = { width: CARD.width - 2 * CARD.margin, height: 760 }) {
  for (let size = 104; size > 24; size -= 4) {
    const lines = wrap(text, box.width, size, measure);
    if (lines.length * size * 1.2 <= box.height) return { size, lines };
  }
  return { size: 24, lines: wrap(text, box.width, 24, measure) };
}

/** Draws the card and returns it as a PNG. */
export async function drawCard(content: CardContent): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = CARD.width;
  canvas.height = CARD.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw the image');
  const { margin, width, height } = CARD;
  const rtl = content.dir === 'rtl';
  const font = (size: number, weight = 700) => `${weight} ${size}px ${content.font}`;
  const measure: Measure = (text, size) => {
    ctx.font = font(size);
    return ctx.measureText(text).width;
  };
  ctx.fillStyle = content.colors.background;
  ctx.fillRect(0, 0, width, height);
  ctx.direction = content.dir;
  ctx.textAlign = 'start';
  ctx.textBaseline = 'top';
  ctx.fillStyle = content.colors.text;
  const x = rtl ? width - margin : margin;
  // The hashtags and the address at the foot, smaller, each wrapped like the headline.
  const foot = [content.hashtags.map((tag) => `#${tag}`).join(' '), content.url.replace(/^https?:\/\//, '').replace(/\/$/, '')]
    .filter(Boolean)
    .map((text, i) => ({ lines: wrap(text, width - 2 * margin, 44, measure), weight: i === 0 && content.hashtags.length ? 700 : 400 }));
  const footLines = foot.flatMap(({ lines, weight }) => lines.map((line) => ({ line, weight })));
  const footTop = height - margin - footLines.length * 56;
  // The headline in the middle of the space above the foot, under a short rule: calm, and
  // readable as a thumbnail in a feed.
  const { size, lines } = fitHeadline(content.headline, measure);
  const block = lines.length * size * 1.2;
  const top = Math.max(margin + 48, margin + 48 + (footTop - 64 - (margin + 48) - block) / 2);
  ctx.fillRect(rtl ? width - margin - 120 : margin, top - 48, 120, 10);
  lines.forEach((line, i) => {
    ctx.font = font(size);
    ctx.fillText(line, x, top + i * size * 1.2);
  });
  ctx.fillRect(rtl ? width - margin - (width - 2 * margin) : margin, footTop - 32, width - 2 * margin, 2);
  // Hashtags and addresses read left to right in any language: on a right-to-left card they
  // keep the start edge but not the direction (no "SaferByDesign#").
  ctx.direction = 'ltr';
  ctx.textAlign = rtl ? 'right' : 'left';
  footLines.forEach(({ line, weight }, i) => {
    ctx.font = font(44, weight);
    ctx.fillText(line, x, footTop + i * 56);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be made'))), 'image/png'),
  );
}

/**
 * Shares the card through the device's share sheet where it can take files (Instagram, TikTok,
 * WhatsApp Status), else saves it as share-card.png. Returns how it went.
 */
export async function shareCard(blob: Blob, text: string, url: string): Promise<'shared' | 'downloaded' | 'cancelled'> {
  const file = new File([blob], 'share-card.png', { type: 'image/png' });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], text, url });
      return 'shared';
    } catch (e) {
      if ((e as Error).name === 'AbortError') return 'cancelled';
      // A share sheet that refuses the file (some desktop browsers): save it instead.
    }
  }
  const href = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href, download: 'share-card.png' });
  link.click();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return 'downloaded';
}

/**
 * The card for what a bar shares: the campaign file's headline (`banner.headline`) in the
 * visitor's language where there is one, else the shared text, drawn in the bar's font and
 * accent, then shared or saved.
 */
export async function shareImage(
  bar: HTMLElement,
  { url, text, hashtags }: ShareData,
  headline: unknown,
  lang: string,
  dir: 'ltr' | 'rtl',
) {
  const style = getComputedStyle(bar);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const picked = isRecord(headline) ? pickLanguage(headline, lang)?.[1] : headline;
  // The card shows where to go, not the partner's tracking tags (the shared link keeps them).
  const shown = new URL(url);
  const blob = await drawCard({
    headline: (typeof picked === 'string' && picked.trim()) || text,
    hashtags,
    url: `${shown.host}${shown.pathname}`,
    lang,
    dir,
    font: style.fontFamily || 'sans-serif',
    // The campaign's own (light-scheme) accent: the same image from every visitor's phone.
    colors: { background: token('--coalition-accent', '#0b57d0'), text: token('--coalition-accent-text', '#ffffff') },
  });
  return shareCard(blob, text, url);
}
