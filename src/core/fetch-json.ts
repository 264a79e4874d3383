export type FetchResult = { ok: true; data: unknown; response: Response } | { ok: false; message: string; response?: Response };

/**
 * Every request the widgets make goes through here: no cookies, no referrer (the partner's page
 * address is nobody's business), and a timeout so a hanging server cannot hold a widget forever.
 */
export async function fetchJson(url: string, timeoutMs = 8000): Promise<FetchResult> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Raced rather than trusted to the signal: a consent manager or an old polyfill that wraps
  // `fetch` may ignore it and never settle, and the widget must still fall back at 8 s.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new DOMException('timed out', 'TimeoutError'));
    }, timeoutMs);
  });
  timeout.catch(() => {}); // awaited through inTime; never an unhandled rejection on the page
  const inTime = <T>(promise: Promise<T>) => Promise.race([promise, timeout]);
  try {
    const response = await inTime(
      fetch(url, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: { accept: 'application/json' },
        signal: controller.signal,
      }),
    );
    if (!response.ok) return { ok: false, message: `HTTP ${response.status} from ${url}`, response };
    const body = await inTime(response.text());
    try {
      return { ok: true, data: JSON.parse(body), response };
    } catch {
      return { ok: false, message: `${url} did not return JSON`, response };
    }
  } catch (e) {
    const timedOut = controller.signal.aborted || (e instanceof DOMException && e.name === 'TimeoutError');
    return {
      ok: false,
      message: timedOut
        ? `${url} did not answer within ${timeoutMs / 1000} s`
        : `could not load ${url} (${e instanceof Error ? e.message : e})`,
    };
  } finally {
    clearTimeout(timer);
  }
}

const once = new Map<string, Promise<FetchResult>>();

/**
 * For files that do not change while a page is open (a campaign file, a supporter list): one
 * request per URL per page, however many elements read it. (fetchJson never rejects.)
 */
export function fetchJsonOnce(url: string): Promise<FetchResult> {
  let pending = once.get(url);
  if (!pending) {
    once.set(url, (pending = fetchJson(url)));
    // A failure is not kept: an element added later, or a reload of the list, asks again.
    pending.then((result) => result.ok || once.delete(url));
  }
  return pending;
}

/** Tests and the builder read files they have just changed. */
export function forgetFetched(): void {
  once.clear();
}
