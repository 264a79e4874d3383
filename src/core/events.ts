import type { Source } from './errors.js';

/**
 * Detail of `coalition-error`: which element, which setting as the console names it (an
 * attribute, or `campaign file "banner.mode"`), why, and the same place as data in `source`.
 */
export interface CoalitionErrorDetail {
  element: string;
  attribute: string;
  message: string;
  source: Source;
}

export interface CoalitionEventMap {
  'coalition-error': CustomEvent<CoalitionErrorDetail>;
  'coalition-dismiss': CustomEvent<{ campaignId: string }>;
  'coalition-cta': CustomEvent<{ href: string }>;
  'coalition-count': CustomEvent<{ count: number; goal?: number }>;
  'coalition-share': CustomEvent<{ network: string; url: string }>;
  'coalition-exit': CustomEvent<{ href: string }>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends CoalitionEventMap {}
}

/**
 * Every public event bubbles and is composed, so a partner's analytics listener on `document`
 * hears it whatever shadow roots lie between.
 */
export function emit<K extends keyof CoalitionEventMap>(target: EventTarget, name: K, detail: CoalitionEventMap[K]['detail']): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
}
