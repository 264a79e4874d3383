import { html } from 'lit';

/**
 * Small hand-drawn marks on a 24-unit grid, in the bundle so that showing them asks no server.
 * Simplified on purpose: the full brand marks would cost several kilobytes for every visitor.
 * Paths starting with "s" are drawn as strokes.
 */
const paths: Record<string, string> = {
  native: 'sM12 15V3M7 8l5-5 5 5M5 12v8h14v-8',
  facebook: 'M14 8h3V4h-3c-3 0-4 2-4 4.5V11H7v4h3v9h4v-9h3l1-4h-4V9c0-.6.4-1 1-1z',
  x: 'sM4 4l16 16M20 4L4 20',
  whatsapp: 'M12 3a9 9 0 0 0-7.8 13.5L3 21l4.6-1.2A9 9 0 1 0 12 3z',
  email: 'sM3 5h18v14H3zM3 6l9 7 9-7',
  copy: 'sM9 9h11v11H9zM5 15V4h11',
  image: 'sM3 5h18v14H3zM3 16l5-5 4 4 3-3 6 6M15.5 9.5h.01',
  // A tick: the copy or the image button's action worked.
  done: 'sM5 12.5l4.5 4.5L19 7',
};

/** Adds the marks of a part loaded later (more-networks.ts). */
export const addPaths = (more: Record<string, string>) => Object.assign(paths, more);

export function icon(name: string) {
  const d = paths[name] ?? '';
  const stroked = d.startsWith('s');
  return html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" class=${stroked ? 'stroke' : ''}>
    <path d=${stroked ? d.slice(1) : d}></path>
  </svg>`;
}
