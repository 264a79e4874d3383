import { CAMPAIGN, DEFINE, FILES, TAGS, TOGETHER } from 'coalition-embed:manifest';
import { nextFrame } from '../core/tasks.js';

/**
 * The pasted script (dist/coalition-embed.js): a small loader. It looks for our tags in the page,
 * now and as they are added, and loads each element's code from its own folder (never the page's
 * base URL), each file as a classic script pinned by its sha384 hash (`integrity`), the shared
 * code once. Each file registers its module with this version's registry (rollup's AMD output,
 * with `define` renamed to a key of our own, so a page's RequireJS never sees it).
 *
 * Nothing here may throw into the host page: every failure becomes one console line and a
 * `coalition-error` on the elements concerned, whose light-DOM content then stays.
 */

type Exports = Record<string, unknown>;
type ElementClass = { define(): void; prepare?(): void };
interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

// Long enough for a phone on a slow network; past it, the element keeps its own content.
const LOAD_TIMEOUT = 20_000;

const shared = globalThis as unknown as Record<PropertyKey, unknown>;
// Captured while this classic script runs: afterwards document.currentScript is someone else's.
const ownScript = document.currentScript as HTMLScriptElement | null;

function deferred<T>(): Deferred<T> {
  const d = {} as Deferred<T>;
  d.promise = new Promise<T>((resolve, reject) => Object.assign(d, { resolve, reject }));
  // A failure is reported where it is awaited; an unawaited one must not reach the page's handlers.
  d.promise.catch(() => {});
  return d;
}

const once = <T>(map: Map<string, T>, key: string, make: () => T): T => {
  let value = map.get(key);
  if (!value) map.set(key, (value = make()));
  return value;
};

/** `../chunks/shared` from `elements/share-bar` is the file and module `chunks/shared`. */
const resolveId = (from: string, dep: string) => new URL(dep, `x:/${from}`).pathname.slice(1);

/** A file's address beside the loader: its name, then the start of its hash (see rollup.config.mjs). */
const addressOf = (file: string) => `${file}-${FILES[file][0].slice(7).replace(/\W/g, '').slice(0, 8)}.js`;

function start(): void {
  const src = ownScript?.src || document.querySelector<HTMLScriptElement>('script[src*="coalition-embed"]')?.src;
  if (!src) return;
  const folder = new URL('.', src).href;
  const nonce = ownScript?.nonce;

  // One Trusted Types policy for every copy of the script (Lit's templates reuse it): script
  // addresses are accepted only from the folders our loaders came from.
  const folders = (shared[Symbol.for('coalition-embed.folders')] ??= []) as string[];
  folders.push(folder);
  let policy: { createScriptURL(url: string): unknown } | undefined;
  try {
    const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): never } }).trustedTypes;
    policy = (shared[Symbol.for('coalition-embed.policy')] ??= tt?.createPolicy('coalition-embed', {
      createHTML: (html: string) => html,
      createScriptURL: (url: string) => {
        if (folders.some((f) => url.startsWith(f))) return url;
        throw new TypeError(`${url} is not one of coalition-embed's files`);
      },
    })) as typeof policy;
  } catch {
    /* the page's CSP refuses the name: a page without Trusted Types enforcement still works */
  }

  const modules = new Map<string, Deferred<Exports>>();
  const files = new Map<string, Deferred<void>>();
  const moduleOf = (id: string) => once(modules, id, deferred<Exports>);

  // The registry our files call (rollup's AMD `define`, renamed): a module runs once its
  // dependencies have; `require` is how a file asks for a rare part on first use.
  shared[DEFINE] = (id: string, deps: string[], factory: (...args: unknown[]) => void) => {
    const exports: Exports = {};
    const require = (wanted: string[], done: (...m: Exports[]) => void, failed: (e: unknown) => void) =>
      Promise.all(wanted.map((dep) => load(resolveId(id, dep)))).then((m) => done(...m), failed);
    // Inside the promise: a page that broke the built-ins (a throwing Array map) gets no exception
    // from our files' first line, only an element that stays as it was.
    new Promise<unknown[]>((all) =>
      all(Promise.all(deps.map((dep) => (dep == 'exports' ? exports : dep == 'require' ? require : moduleOf(resolveId(id, dep)).promise)))),
    )
      // Each file's code runs in a task of its own: the shared code and an element's, compiled
      // and run in one task, would be one long task on a phone.
      .then((args) => new Promise((ran) => setTimeout(() => ran(factory(...args)))))
      .then(() => moduleOf(id).resolve(exports))
      .catch((e) => moduleOf(id).reject(e));
  };

  /**
   * Starts one file, once; settles when it has run, or failed (404, blocked, changed, too slow).
   * Each file is started in a task of its own: on a phone, inserting a script costs the page
   * 10–30 ms, and three of them in the loader's own task made it one long task.
   */
  const fetchFile = (file: string) =>
    once(files, file, () => {
      const done = deferred<void>();
      // Rejected with the file's name: the element that needed it says which file failed.
      const fail = () => done.reject(file);
      setTimeout(() => {
        const timer = setTimeout(fail, LOAD_TIMEOUT);
        const settle = (then: () => void) => () => {
          clearTimeout(timer);
          then();
        };
        try {
          const script = document.createElement('script');
          script.onload = settle(done.resolve);
          script.onerror = settle(fail);
          script.integrity = FILES[file][0];
          script.crossOrigin = 'anonymous';
          if (nonce) script.nonce = nonce;
          const url = new URL(addressOf(file), folder).href;
          script.src = (policy ? policy.createScriptURL(url) : url) as string;
          document.head.append(script);
        } catch {
          settle(fail)();
        }
      });
      return done;
    }).promise;

  /**
   * A module and everything it needs, all requested at once: no waterfall. A file that fails
   * rejects the module's own promise (with the file's name), which is never an unhandled
   * rejection in the page, however long the element waits for its turn to be defined.
   */
  const load = (file: string): Promise<Exports> => (
    Promise.all([file, ...FILES[file][1]].map(fetchFile)).catch(moduleOf(file).reject),
    moduleOf(file).promise
  );

  // Each tag's definition waits for the previous one's first render, so no two share a frame on
  // a phone, and the quick exit (first in TAGS) comes first.
  let queue = Promise.resolve();
  const claimed = (shared[Symbol.for('coalition-embed.claimed')] ??= new Set()) as Set<string>;
  const wanted = TAGS.filter((tag) => {
    const existing = customElements.get(tag) as { coalitionEmbed?: boolean } | undefined;
    // Another library's element of the same name stays; a copy of ours (the npm module) is ours.
    if (existing && !existing.coalitionEmbed)
      console.warn(`[coalition-embed] <${tag}> is already defined by another script; keeping that definition.`);
    return !claimed.has(tag) && !existing;
  });
  for (const tag of wanted) claimed.add(tag);

  const want = (tag: string) => {
    const file = `elements/${tag}`;
    const loading = load(file);
    // Rare parts the page will ask for, started with the element's files rather than after them
    // (what they need, the element needs too). A campaign file named by the script tag or by the
    // element: the code that reads it.
    if (ownScript?.dataset.campaign || document.querySelector(`${tag}[campaign]:not([campaign="none" i])`)) fetchFile(CAMPAIGN);
    // The built-in words of each element's language, where it is not English.
    for (const el of document.querySelectorAll(tag)) {
      const words = `chunks/words-${(el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().split('-')[0]}`;
      if (FILES[words]) fetchFile(words);
    }
    queue = queue.then(async () => {
      try {
        const element = (await loading).default as ElementClass;
        await nextFrame();
        element.prepare?.();
        // The class's work and the elements' upgrade in two tasks: neither is one long task on a phone.
        // A function of ours, not the promise's own: the Long Animation Frames API then names this
        // file as the definition's source, for a partner measuring their page.
        await new Promise<void>((next) => setTimeout(() => next()));
        element.define();
        await Promise.all([...document.querySelectorAll(tag)].map((el) => (el as { updateComplete?: unknown }).updateComplete));
      } catch (failed) {
        // The file that failed: the element's own, or one it needs (the shared code, all of them together).
        notLoaded(tag, typeof failed == 'string' ? failed : file);
      }
    });
  };

  const notLoaded = (tag: string, file: string) => {
    file = addressOf(file);
    const message = `could not load ${new URL(file, folder).href} (missing, blocked, too slow, or failing its integrity check); its own content stays`;
    console.warn(`[coalition-embed] <${tag}> ${message}`);
    for (const el of document.querySelectorAll<HTMLElement>(tag)) {
      try {
        // The space the paste snippet's style keeps for it, given back now, not after its 30 s wait.
        el.style.setProperty('--coalition-wait', '0s');
        const detail = { element: tag, attribute: file, message, source: { file } };
        el.dispatchEvent(new CustomEvent('coalition-error', { detail, bubbles: true, composed: true, cancelable: true }));
      } catch {
        /* a listener threw: the page's own problem */
      }
    }
  };

  // A page that shows every element takes their files as the one file that holds them all: one
  // request, and one gzip dictionary rather than eight.
  if (wanted.length == TAGS.length && TAGS.every((tag) => document.querySelector(tag))) {
    fetchFile(TOGETHER);
    for (const tag of TAGS) for (const file of [`elements/${tag}`, ...FILES[`elements/${tag}`][1]]) files.set(file, files.get(TOGETHER)!);
  }

  const selector = wanted.join();
  const scan = (root: ParentNode) => {
    for (let i = 0; i < wanted.length; i++) {
      const tag = wanted[i];
      if ((root as Element).localName == tag || root.querySelector(tag)) {
        wanted.splice(i--, 1);
        want(tag);
      }
    }
    if (!wanted.length) observer.disconnect();
  };
  // Elements a CMS, a single-page app or a script adds later, and those the parser has yet to
  // reach when the script is in the <head> without defer.
  const observer = new MutationObserver((records) => {
    for (const { addedNodes } of records)
      for (const node of addedNodes)
        if (node.nodeType == 1 && ((node as Element).matches(selector) || (node as Element).querySelector(selector))) scan(node as Element);
  });
  if (!wanted.length) return;
  observer.observe(document, { childList: true, subtree: true });
  scan(document);
}

// A second copy of the same version (the script pasted twice) leaves the work to the first.
if (!shared[DEFINE]) {
  try {
    start();
  } catch (e) {
    console.warn(`[coalition-embed] the loader could not start: ${e}`);
  }
}
