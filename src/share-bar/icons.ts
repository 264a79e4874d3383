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
  linkedin:
    'M4 9h3.5v11H4zM5.7 3.5a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM10 9h3.4v1.6c.5-1 1.8-1.9 3.6-1.9 3.4 0 4 2.2 4 5V20h-3.5v-5c0-1.3-.1-2.8-1.8-2.8-1.8 0-2.2 1.4-2.2 2.8V20H10z',
  bluesky: 'M12 11C10 7 6 4 4 4s-1 6 1 7c-2 1-2 4 1 5s5-2 6-4c1 2 3 5 6 4s3-4 1-5c2-1 3-7 1-7s-6 3-8 7z',
  threads: 'sM16 11.5a4 4 0 1 1-1-2.7M16 8v4.5c0 2.5 4 2.5 4-1A8 8 0 1 0 17 18',
  mastodon: 'M4 8c0-3 2-4.5 4.5-4.5h7C18 3.5 20 5 20 8v5c0 3-2 4.5-4.5 4.5H11c0 1.2 1.2 2 4 2V21c-5 0-8-1.6-8-5.5H6.5C5 15.5 4 14.5 4 13z',
  reddit: 'M12 9c4.4 0 8 2.3 8 5.5S16.4 20 12 20s-8-2.3-8-5.5S7.6 9 12 9zm1-1 1.5-5 4 1M8.5 14h1M14.5 14h1',
  telegram: 'M2.5 11.5 21 4l-3.2 16-6-4.3-3.3 3V14l8.3-7.3-10.1 6.1z',
  email: 'sM3 5h18v14H3zM3 6l9 7 9-7',
  copy: 'sM9 9h11v11H9zM5 15V4h11',
  image: 'sM3 5h18v14H3zM3 16l5-5 4 4 3-3 6 6M15.5 9.5h.01',
  edit: 'sM4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4',
};

export function icon(name: string) {
  const d = paths[name] ?? '';
  const stroked = d.startsWith('s');
  return html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" class=${stroked ? 'stroke' : ''}>
    <path d=${stroked ? d.slice(1) : d}></path>
  </svg>`;
}
