import { fetchJson } from '../core/fetch-json.js';

/** What one source's latest answer left us with, shared by every counter on the page that reads it. */
export interface Feed {
  /** The last JSON that arrived. A failure keeps it, so counters keep their last good number. */
  data?: unknown;
  /** Why the latest request failed; cleared by the next success. */
  error?: string;
  /** When `data` arrived (epoch ms). */
  at?: number;
}

type Listener = (feed: Feed) => void;

interface Entry extends Feed {
  /** Each watcher and the refresh interval it asked for (ms; Infinity for "never again"). */
  subs: Map<Listener, number>;
  /** When the request that produced `data` started: intervals count from there. */
  start?: number;
  /** Until when the server said `data` is fresh (Cache-Control max-age). */
  fresh?: number;
  /** Not before this time after a failure (backoff with jitter, or Retry-After). */
  retry: number;
  fails: number;
  busy?: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

const entries = new Map<string, Entry>();

/**
 * Watches one JSON URL. However many counters watch it, one request is made per refresh: the
 * store owns the timer, at the shortest interval any current watcher asked for, and never before
 * the response has gone stale. Counters watch only while visible; with no watchers, nothing is
 * requested. The listener is called at once when an answer is already known. `everyMs` 0 means
 * load once.
 */
export function watchSource(url: string, listener: Listener, everyMs: number): () => void {
  const e = entries.get(url) ?? ({ subs: new Map(), retry: 0, fails: 0 } as Entry);
  entries.set(url, e);
  e.subs.set(listener, everyMs || Infinity);
  if (e.at || e.error) listener(e);
  plan(url, e);
  return () => {
    e.subs.delete(listener);
    plan(url, e);
  };
}

function plan(url: string, e: Entry): void {
  clearTimeout(e.timer);
  if (e.busy || !e.subs.size) return;
  // Until a first answer arrives only a failure's backoff holds us back, so refresh="0" loads once.
  const wait = (e.at ? Math.max(e.start! + Math.min(...e.subs.values()), e.fresh!, e.retry) : e.retry) - Date.now();
  if (wait <= 0) void load(url, e);
  // setTimeout overflows past 2^31-1 ms; a far-off wake-up simply plans again.
  else if (wait < Infinity) e.timer = setTimeout(() => plan(url, e), Math.min(wait, 2e9));
}

async function load(url: string, e: Entry): Promise<void> {
  e.busy = true;
  const start = Date.now();
  const result = await fetchJson(url);
  const headers = result.response?.headers;
  const now = Date.now();
  e.busy = false;
  if (result.ok) {
    // The UK petitions service caches count.json for 60 s: asking sooner only returns the same number.
    const maxAge = /max-age=(\d+)/.exec(headers!.get('cache-control')!);
    Object.assign(e, { data: result.data, at: now, start, error: undefined, fails: 0, retry: 0 });
    e.fresh = start + (maxAge ? +maxAge[1] * 1000 : 0);
  } else {
    e.error = result.message;
    // 60 s, 120 s, 240 s... up to 10 min, each spread over its upper half (so never under 30 s) so that every visitor's
    // counter does not come back to a struggling server in step.
    const after = headers?.get('retry-after') ?? '';
    e.retry =
      now + Math.max(Math.min(3e4 * 2 ** ++e.fails, 6e5) * (0.5 + Math.random() / 2), +after * 1000 || Date.parse(after) - now || 0);
  }
  try {
    e.subs.forEach((_, listener) => {
      try {
        listener(e);
      } catch {
        // One counter's failure must neither reach the host page nor stop the others' refreshes.
      }
    });
  } finally {
    plan(url, e);
  }
}
