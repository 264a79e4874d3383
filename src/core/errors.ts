import { emit } from './events.js';

const warned = new WeakMap<Element, Set<string>>();
const held = new WeakMap<Element, Array<() => void>>();

/**
 * Holds an element's reports while it updates, and returns what sends them: a page's
 * `coalition-error` listener then never runs in the middle of our render (where it could change
 * the element, or throw into Lit's update). Reports made outside an update go out at once.
 */
export function holdReports(host: Element): () => void {
  const waiting: Array<() => void> = [];
  held.set(host, waiting);
  return () => {
    held.delete(host);
    for (const send of waiting) send();
  };
}

/**
 * Where a problem is: one of the element's attributes, or a place in a file (the campaign file,
 * or a supporter list named by `src`). The builder reads this to put a message beside its field.
 */
export type Source = { attribute: string; index?: number } | { file: string; section?: string; key?: string; index?: number };

/** How the console names a place: `cta-href`, or `campaign file "banner.ctaHref"`. */
export function sourceName(source: Source): string {
  if ('attribute' in source) return source.attribute;
  const path = [source.section, source.key].filter(Boolean).join('.');
  return path ? `campaign file "${path}"` : 'campaign';
}

/**
 * The single error path: one `console.warn` naming element and attribute, one `coalition-error`
 * event. Repeats of the same problem on the same element are silent, because re-renders would
 * otherwise flood the partner's console with one mistake.
 */
export function reportError(host: Element, source: Source | string, message: string): void {
  const waiting = held.get(host);
  if (waiting) {
    waiting.push(() => reportError(host, source, message));
    return;
  }
  try {
    if (typeof source === 'string') source = { attribute: source };
    const attribute = sourceName(source);
    const key = `${attribute}\u0000${message}`;
    let seen = warned.get(host);
    if (!seen) warned.set(host, (seen = new Set()));
    if (seen.has(key)) return;
    seen.add(key);
    const element = host.localName;
    // With a dozen counters on a page, an id tells the webmaster which one.
    console.warn(`[coalition-embed] <${element}${host.id ? `#${host.id}` : ''}> ${attribute}: ${message}`);
    emit(host, 'coalition-error', { element, attribute, message, source });
  } catch {
    // A listener on the host page threw; that is the host's problem, never ours to rethrow.
  }
}

/** Runs a callback from a timer, observer or promise without letting a failure escape to the page. */
export function guarded<A extends unknown[]>(host: Element, what: string, fn: (...args: A) => unknown) {
  return (...args: A): void => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch((e) => reportError(host, what, errorText(e)));
    } catch (e) {
      reportError(host, what, errorText(e));
    }
  };
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
