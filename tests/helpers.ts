import type { CoalitionErrorDetail } from '../src/core/events.js';

/** Collects what a partner would see: our console warnings and coalition-error events. */
export function watchErrors() {
  const warnings: string[] = [];
  const events: CoalitionErrorDetail[] = [];
  const originalWarn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  const onError = (e: Event) => events.push((e as CustomEvent<CoalitionErrorDetail>).detail);
  document.addEventListener('coalition-error', onError);
  return {
    warnings,
    events,
    restore() {
      console.warn = originalWarn;
      document.removeEventListener('coalition-error', onError);
    },
  };
}

/**
 * Resolves once `check` returns a truthy value (max ~3 s). Polls with timers, not animation
 * frames, which a page in the background does not get.
 */
export async function until<T>(check: () => T | undefined | null | false, what = 'condition', timeoutMs = 2880): Promise<T> {
  const end = performance.now() + timeoutMs;
  for (let i = 0; i < 180 || performance.now() < end; i++) {
    const value = check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 16));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Replaces window.fetch for one test; records every URL requested. */
export function stubFetch(handler: (url: string, init?: RequestInit) => Response | Promise<Response>) {
  const original = window.fetch;
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init });
    return handler(url, init);
  }) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}

export const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' }, ...init });

/** Waits for an element's fade-ins to finish: axe measures contrast as painted at that moment. */
export async function animationsDone(el: Element): Promise<void> {
  const root = el.shadowRoot ?? el;
  await Promise.all(root.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined)));
}

/**
 * Waits until every one of our elements inside `root` has rendered: each renders first in the
 * frame after its definition (src/core/base.ts), so a wrapper's fixture is ready before they are.
 */
export async function allRendered(root: Element): Promise<void> {
  const elements = [root, ...root.querySelectorAll('*')].filter((el) => 'updateComplete' in el) as Array<
    Element & { updateComplete: Promise<unknown> }
  >;
  await Promise.all(elements.map((el) => el.updateComplete));
}
