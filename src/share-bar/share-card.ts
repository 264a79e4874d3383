/**
 * The share card: a 1080×1350 PNG (Instagram's portrait size, also right for TikTok and WhatsApp
 * Status) drawn on the visitor's own device. Nothing is uploaded or fetched: the card is words on
 * the theme's colours, in the element's own font.
 */
export const CARD = { width: 1080, height: 1350, margin: 96 };

export interface CardContent {
  headline: string;
  hashtags: string[];
  /** The campaign's address, shown without its scheme. */
  url: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  font: string;
  colors: { background: string; text: string; accent: string };
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
export function fitHeadline(text: string, measure: Measure, box = { width: CARD.width - 2 * CARD.margin, height: 820 }) {
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
  // A band of the accent along the card's start edge: the campaign's colour, calmly.
  ctx.fillStyle = content.colors.accent;
  ctx.fillRect(rtl ? width - 24 : 0, 0, 24, height);
  ctx.direction = content.dir;
  ctx.textAlign = 'start';
  ctx.textBaseline = 'top';
  ctx.fillStyle = content.colors.text;
  const x = rtl ? width - margin : margin;
  const { size, lines } = fitHeadline(content.headline, measure);
  lines.forEach((line, i) => {
    ctx.font = font(size);
    ctx.fillText(line, x, margin + i * size * 1.2);
  });
  // The hashtags and the address at the foot, smaller, each wrapped like the headline.
  const foot = [content.hashtags.map((tag) => `#${tag}`).join(' '), content.url.replace(/^https?:\/\//, '').replace(/\/$/, '')]
    .filter(Boolean)
    .flatMap((text) => wrap(text, width - 2 * margin, 44, measure));
  foot.reverse().forEach((line, i) => {
    ctx.font = font(44, 400);
    ctx.fillText(line, x, height - margin - 44 - i * 56);
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
