import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve as resolvePath } from 'node:path';
import { registry } from './scripts/registry.mjs';

const { ELEMENTS } = await registry();
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
// This version's module registry, a key on globalThis rather than a global name: a page's own
// RequireJS never sees our modules, and two versions of the script on one page never meet.
const DEFINE = `coalition-embed@${version}`;

/**
 * Two lines of Lit that run while our script loads, made safe on hostile pages:
 * - its Trusted Types policy is named `coalition-embed`, not `lit-html`: a page whose CSP allows
 *   `trusted-types lit-html` for its own Lit (without 'allow-duplicates') would otherwise make our
 *   script throw before any widget renders; a second copy of our script reuses the first copy's
 *   policy (kept under a global symbol) rather than asking for the name again;
 * - `Symbol.metadata ??=` throws where the page froze the built-ins (SES lockdown).
 * The build fails if a Lit upgrade changes either line, rather than silently shipping without.
 */
function litOnHostilePages() {
  return editLit('lit-on-hostile-pages', [
    [
      'lit-html/lit-html.js',
      's?s.createPolicy("lit-html",{createHTML:t=>t}):void 0',
      '(()=>{const k=Symbol.for("coalition-embed.policy");try{return globalThis[k]??=s?.createPolicy("coalition-embed",{createHTML:t=>t})}catch{}})()',
    ],
    [
      '@lit/reactive-element/reactive-element.js',
      'Symbol.metadata??=Symbol("metadata"),',
      '(()=>{try{Symbol.metadata??=Symbol("metadata")}catch{}})(),',
    ],
  ]);
}

/**
 * Lit's `css` explains two misuses (a value that is not `css`, `new CSSResult`) in 150 characters
 * that no visitor can meet: only our own styles call it, as each file loads, and the tests load
 * every one. Shorter, they leave about 100 B gzip more for features on a page with one of each
 * element.
 */
function litErrorsShort() {
  return editLit('lit-errors-short', [
    [
      '@lit/reactive-element/css-tag.js',
      "Error(\"Value passed to 'css' function must be a 'css' function result: \"+t+\". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.\")",
      'Error("css: not a css result: "+t)',
    ],
    [
      '@lit/reactive-element/css-tag.js',
      'Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.")',
      'Error("css: use css or unsafeCSS")',
    ],
  ]);
}

/**
 * Lit announces its version in three global arrays (read by Lit's development build, to warn of
 * two copies on one page) and calls hooks for the ShadyDOM polyfills and server-side hydration.
 * Our widgets run where shadow DOM is native (custom elements are a baseline of the engines we
 * support), are never rendered on a server, and a partner's own Lit keeps its own lists: about
 * 140 B gzip on a page with one of each element.
 */
function litWithoutHooks() {
  return editLit('lit-without-hooks', [
    ['lit-html/lit-html.js', ',B=t.litHtmlPolyfillSupport;B?.(S,k),(t.litHtmlVersions??=[]).push("3.3.3");', ';'],
    [
      'lit-element/lit-element.js',
      ',s.litElementHydrateSupport?.({LitElement:i});const o=s.litElementPolyfillSupport;o?.({LitElement:i});',
      ';',
    ],
    ['lit-element/lit-element.js', ';(s.litElementVersions??=[]).push("4.2.2");', ';'],
    ['@lit/reactive-element/reactive-element.js', 'p=a.reactiveElementPolyfillSupport,', ''],
    ['@lit/reactive-element/reactive-element.js', ',p?.({ReactiveElement:y}),(a.reactiveElementVersions??=[]).push("2.1.2");', ';'],
  ]);
}

/** Lit's code with `edits` (file, text, replacement); the build fails if a Lit upgrade changes a text. */
function editLit(name, edits) {
  return {
    name,
    transform(code, id) {
      const path = id.replaceAll('\\', '/');
      const mine = edits.filter(([file]) => path.endsWith(`node_modules/${file}`));
      if (!mine.length) return null;
      for (const [file, from, to] of mine) {
        if (!code.includes(from)) this.error(`${file} no longer contains ${from}: update rollup.config.mjs`);
        code = code.replace(from, to);
      }
      return code;
    },
  };
}

// Lit ships a dev build behind the "development" export condition; partners must only ever get
// the production build, so we resolve with the browser/production conditions and nothing else.
const plugins = () => [
  litOnHostilePages(),
  litErrorsShort(),
  litWithoutHooks(),
  resolve({ browser: true, exportConditions: ['browser', 'production', 'default'] }),
  typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], declaration: false, outDir: undefined, noEmitOnError: true }),
  // After TypeScript: the typescript plugin compiles from disk and ignores earlier transforms.
  minifyHTML({ failOnError: true }),
];
// zod's sources carry annotations rollup cannot place and an internal import cycle; both are
// harmless and would bury our own warnings.
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
  warn(warning);
};
// Our non-reactive private members are #private fields, which terser shortens safely; nothing
// else is renamed (Lit's and zod's members are their public API to each other). Function
// expressions that use no `this` become arrows, and unused trailing parameters go: nothing of
// ours or Lit's calls `new` on one or reads a function's `length` (about 30 B on a share bar's
// page, which pays for the compile hints below).
const minify = (module = false) =>
  terser({ ecma: 2022, module, compress: { passes: 4, unsafe_arrows: true, keep_fargs: false }, format: { comments: false } });

/**
 * V8's explicit compile hint (Chrome 136 and later; other engines read a comment): every function
 * in a file that starts with it is compiled eagerly, on the thread that streams the file in,
 * rather than lazily on the page's main thread the first time it runs. On a cold load at 4× CPU
 * that halved a share bar's main-thread time. For the files a page runs as it loads: the shared
 * code, the element files and what they import, the bars' styles; not the share card (drawn on a
 * click) nor the words files (data).
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const runsOnLoad = (name) => !/^chunks\/(share-card|words-)/.test(name);

/**
 * The iframe page (dist/embed.html and dist/embed-page.js):
 * - src/embed-page/attributes.ts is evaluated here, at build time, and bundled as its exported
 *   data: the page's script gets each element's attribute names from the elements' own field
 *   declarations without their checks, which the element beside it runs anyway;
 * - the HTML is written beside the script, and the build fails if the script ever bundles Lit.
 */
function embedPage() {
  const template = 'src/embed-page/embed.html';
  const data = resolvePath('src/embed-page/attributes.ts');
  const id = '\0embed-page-attributes';
  return {
    name: 'embed-page',
    buildStart() {
      this.addWatchFile(template);
    },
    async resolveId(source, importer) {
      if (importer && source.startsWith('.') && resolvePath(dirname(importer), source.replace(/\.js$/, '.ts')) === data) return id;
      return null;
    },
    async load(loading) {
      if (loading !== id) return null;
      const { build } = await import('esbuild');
      const result = await build({ entryPoints: [data], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent' });
      for (const file of result.metafile ? Object.keys(result.metafile.inputs) : []) this.addWatchFile(file);
      const exports = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
      return Object.entries(exports)
        .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
        .join('\n');
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && Object.keys(chunk.modules).some((m) => /node_modules[\\/](lit|lit-html|@lit|zod)[\\/]/.test(m))) {
          this.error(`${chunk.fileName} bundles Lit or zod: the iframe page's script must only carry the attribute names`);
        }
      }
      this.emitFile({ type: 'asset', fileName: 'embed.html', source: readFileSync(template, 'utf8') });
    },
  };
}

/**
 * Each element's code as its own file (dist/elements/TAG-HASH.js), the code two or more share in
 * dist/chunks/, rare parts in files of their own: rollup's AMD output with `define` renamed, so
 * the loader can fetch every file as a classic script pinned by `integrity`. The entries come
 * from the registry: each is the element's class as its default export.
 */
function elementEntries() {
  const prefix = '\0element:';
  return {
    name: 'element-entries',
    resolveId: (id) => (id.startsWith(prefix) ? id : null),
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const element = ELEMENTS.find((e) => e.tag === id.slice(prefix.length));
      return `export { ${element.className} as default } from ${JSON.stringify(resolvePath(`src/${element.module}.ts`))};`;
    },
  };
}

/**
 * After the element files are made: the loader's manifest (src/loader/manifest.d.ts). Each file is
 * listed by its name (`elements/share-bar`, `chunks/shared`: also its module's name, and how its
 * code asks for it) with the sha384 hash of its bytes and every file it imports, near or far, so
 * the loader starts them all at once. On disk a file's name ends with the start of its own hash
 * (`elements/share-bar-AbC12xYz.js`: its first eight letters and digits): a new release is a new address, so no cache holds an old
 * file against a new hash; and the loader reads that ending from the hash it carries anyway, so
 * it is not written twice (every byte of the loader is on every partner's page).
 */
let manifest;
const sha384 = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;
/** A file's address beside the loader: its name and the start of its hash (as the loader makes it). */
const fileOf = (name, integrity = manifest.FILES[name][0]) => `${name}-${integrity.slice(7).replace(/\W/g, '').slice(0, 8)}.js`;

function filesManifest() {
  return {
    name: 'files-manifest',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const nameOf = (fileName) => fileName.replace(/\.js$/, '');
      for (const c of chunks) if (runsOnLoad(nameOf(c.fileName))) c.code = COMPILE_HINT + c.code;
      const needs = (chunk, seen = new Set()) => {
        for (const file of chunk.imports) if (!seen.has(nameOf(file))) needs(bundle[file], seen.add(nameOf(file)));
        return seen;
      };
      const files = Object.fromEntries(chunks.map((c) => [nameOf(c.fileName), [sha384(c.code), [...needs(c)]]]));
      for (const { tag } of ELEMENTS)
        if (!files[`elements/${tag}`]) this.error(`the loader would not find <${tag}>'s file as elements/${tag}`);
      // Every element's file and all they need, as one more file for a page that shows all five:
      // one request, and one gzip dictionary rather than eight (about 5 KB less than the files
      // apart). The files' own bytes, joined: each still registers its modules by its own name.
      const parts = [...new Set(ELEMENTS.flatMap(({ tag }) => [`elements/${tag}`, ...files[`elements/${tag}`][1]]))];
      // The shared code first (it needs nothing): the rest compresses against its words. The
      // others in the order that compresses best (gzip's window reaches back 32 KB, so what comes
      // near what decides): each next the one that adds least, then any two swapped while that
      // helps. About 200 B less than rollup's order, in a second of the build.
      // Each part without its compile hint: the joined file starts with one.
      const codeOf = (name) => bundle[`${name}.js`].code.replace(COMPILE_HINT, '');
      const gzipped = (names) => gzipSync(names.map(codeOf).join('\n'), { level: 9 }).length;
      const order = parts.filter((name) => !files[name][1].length);
      for (let rest = parts.filter((name) => !order.includes(name)); rest.length; rest = rest.filter((name) => !order.includes(name))) {
        const size = (name) => gzipped([...order, name]);
        order.push(rest.reduce((best, name) => (size(name) < size(best) ? name : best)));
      }
      for (let size = gzipped(order), better = true; better;) {
        better = false;
        for (let i = 1; i < order.length; i++)
          for (let j = i + 1; j < order.length; j++) {
            [order[i], order[j]] = [order[j], order[i]];
            const swapped = gzipped(order);
            if (swapped < size) [size, better] = [swapped, true];
            else [order[i], order[j]] = [order[j], order[i]];
          }
      }
      const together = COMPILE_HINT + order.map(codeOf).join('\n');
      files['chunks/all-elements'] = [sha384(together), []];
      manifest = {
        DEFINE,
        // The order the loader defines them in, each after the previous one's first render: the
        // registry's (the quick exit first), but the share bar last, since its first render takes
        // two frames (its heading, then its buttons) and a tag after it would wait for both.
        TAGS: [...ELEMENTS.map((e) => e.tag).filter((tag) => tag !== 'share-bar'), 'share-bar'],
        TOGETHER: 'chunks/all-elements',
        // The file that reads a campaign file: started with the element files on a page that names one.
        CAMPAIGN: nameOf(chunks.find((c) => Object.keys(c.modules).some((m) => m.endsWith('/src/core/campaign-file.ts'))).fileName),
        FILES: files,
      };
      // Each file written under its address, in place of rollup's name.
      for (const chunk of chunks) {
        delete bundle[chunk.fileName];
        this.emitFile({ type: 'asset', fileName: fileOf(nameOf(chunk.fileName)), source: chunk.code });
      }
      this.emitFile({ type: 'asset', fileName: fileOf('chunks/all-elements'), source: together });
    },
    writeBundle() {
      // Which files each element needs, for dist/sri.json (scripts/sri.mjs): what a partner's
      // snippet may preload, and what the builder and the bench read.
      const withNeeds = (name) => [name, ...manifest.FILES[name][1]].map((n) => fileOf(n));
      const elements = Object.fromEntries(manifest.TAGS.map((tag) => [tag, withNeeds(`elements/${tag}`)]));
      writeFileSync('dist/elements.json', JSON.stringify(elements, null, 2) + '\n');
      // The rare parts a snippet may preload too: the campaign file's reader (with what it needs)
      // and the share bar's less used networks (their share links and marks); and the one file a
      // page with every element loads instead of theirs.
      const parts = {
        campaign: withNeeds(manifest.CAMPAIGN),
        moreNetworks: withNeeds('chunks/more-networks'),
        together: withNeeds('chunks/all-elements'),
      };
      writeFileSync('dist/parts.json', JSON.stringify(parts, null, 2) + '\n');
    },
  };
}

/**
 * Visitors' devices check settings with the plain tests of src/core/fields.ts; zod builds the
 * campaign file's schema at build time. The build fails if zod ever creeps back into a file the
 * loader serves (3.5 KB gzip on every partner's page).
 */
function noSchemaLibrary() {
  return {
    name: 'no-schema-library',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && Object.keys(chunk.modules).some((m) => /node_modules[\\/]zod[\\/]/.test(m))) {
          this.error(`${chunk.fileName} bundles zod: an element's checks must stay the plain tests of src/core/fields.ts`);
        }
      }
    },
  };
}

/**
 * The files a visitor loads go without `"use strict"` (about 25 B gzip on a page with one of each
 * element, 11 B of the loader): rollup writes it once per file, in each of the eight files the
 * page with every element joins. What strict mode would change here, nothing of ours relies on:
 * classes (Lit's and our elements') are strict whatever the file says, and nothing assigns to an
 * undeclared name or a read-only property (the tests, in three engines, would show it). The one
 * difference that could change a working file's meaning is a function declared inside a block,
 * which sloppy mode also hoists to the function around it: the build fails on one.
 */
function withoutStrictMode() {
  return {
    name: 'without-strict-mode',
    renderChunk(code, chunk) {
      const inBlock = [];
      const visit = (node, parent, body) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'FunctionDeclaration' && parent?.type !== 'Program' && parent !== body) inBlock.push(node.id?.name);
        const ownBody = /Function/.test(node.type) ? node.body : body;
        for (const value of Object.values(node))
          for (const child of [value].flat()) if (child && typeof child.type === 'string') visit(child, node, ownBody);
      };
      visit(this.parse(code), undefined, undefined);
      if (inBlock.length)
        this.error(
          `${chunk.fileName}: function ${inBlock.join(', ')} is declared in a block; in a file without "use strict" it would be hoisted out of it`,
        );
      return null;
    },
  };
}

/**
 * Where each module travels, so a page pays only for what it shows:
 * - `shared` (dist/chunks/shared-HASH.js): Lit, the base class and everything it imports, and the
 *   rest of `src/core/` that two or more elements import: one file, one gzip dictionary, one
 *   request;
 * - `extras`: the part of `src/core/` that a rare part uses (reading JSON, the campaign file's
 *   checks, storage, spelling suggestions), and what only elements that fetch `extras` anyway use
 *   (the in-view observer of counters and walls): a page with one share bar and no campaign file
 *   never fetches it;
 * - everything else by rollup's own rules: a module one element alone imports stays in its file,
 *   the exit's code (the banner's and the quick exit's) and rare parts loaded on first use
 *   (`import()`) in files of their own.
 */
const isWords = (id) => /[\\/]src[\\/]core[\\/]words[\\/]/.test(id);

let placeOf;
function sharedChunk(id, { getModuleIds, getModuleInfo }) {
  placeOf ??= placeModules([...getModuleIds()], getModuleInfo);
  return placeOf.get(id);
}

function placeModules(ids, getModuleInfo) {
  const place = new Map();
  const isCore = (id) => id.replaceAll('\\', '/').includes('/src/core/');
  const reach = (from, next) => {
    const seen = new Set();
    const walk = (id) => {
      if (seen.has(id) || !getModuleInfo(id)) return;
      seen.add(id);
      next(getModuleInfo(id)).forEach(walk);
    };
    walk(from);
    return seen;
  };
  for (const id of reach(resolvePath('src/core/base.ts'), (info) => info.importedIds)) place.set(id, 'shared');
  for (const id of ids) if (/node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/.test(id)) place.set(id, 'shared');
  // The element entries that import a module, near or far (not through `import()`).
  const entriesOf = (id) => [...reach(id, (info) => info.importers)].filter((m) => getModuleInfo(m).isEntry);
  // Each language's words stay a file of their own: a Welsh page fetches Welsh alone.
  const core = ids.filter((id) => isCore(id) && !place.has(id) && !isWords(id));
  // Everything the rare parts (modules loaded with `import()`) import, near or far.
  const rareReach = new Set(
    ids.filter((id) => getModuleInfo(id).dynamicImporters.length).flatMap((part) => [...reach(part, (info) => info.importedIds)]),
  );
  const extras = new Set(core.filter((id) => rareReach.has(id)));
  const needExtras = new Set([...extras].flatMap(entriesOf));
  for (const id of core) {
    const entries = entriesOf(id);
    if (extras.has(id) || (entries.length >= 2 && entries.every((entry) => needExtras.has(entry)))) place.set(id, 'extras');
    else if (entries.length >= 2) place.set(id, 'shared');
  }
  return place;
}

function loaderManifest() {
  const id = 'coalition-embed:manifest';
  return {
    name: 'loader-manifest',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(loading) {
      if (loading !== `\0${id}`) return null;
      if (!manifest) this.error('the element files must be built before the loader');
      return Object.entries(manifest)
        .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
        .join('\n');
    },
  };
}

// Built in this order: the element files first, since the loader carries their hashes.
export default [
  {
    input: Object.fromEntries(ELEMENTS.map((e) => [e.tag, `\0element:${e.tag}`])),
    // A rare part may import from its element's own file (the share bar's words): the file then
    // exports those too, rather than becoming a facade over a second file.
    preserveEntrySignatures: 'allow-extension',
    onwarn,
    plugins: [elementEntries(), ...plugins()],
    output: {
      dir: 'dist',
      format: 'amd',
      strict: false,
      exports: 'named',
      // No `__esModule` mark: only our loader reads these exports, by name (`default` is the class).
      esModule: false,
      // Short names for what one file takes from another (`t.a`, not `t.reportError`): bytes per page.
      minifyInternalExports: true,
      amd: { define: `globalThis[${JSON.stringify(DEFINE)}]`, autoId: true, forceJsExtensionForImports: false },
      // Names without a hash: a file's address gets the start of its own sha384 (filesManifest).
      entryFileNames: 'elements/[name].js',
      // Each language's words as chunks/words-LANG, which the loader finds by that name.
      chunkFileNames: (chunk) => (isWords(chunk.facadeModuleId ?? '') ? 'chunks/words-[name].js' : 'chunks/[name].js'),
      manualChunks: sharedChunk,
      // The schema check reads the chunks before filesManifest writes them as files under their addresses.
      plugins: [minify(), withoutStrictMode(), noSchemaLibrary(), filesManifest()],
    },
  },
  {
    // The pasted script: the loader, with the manifest written in.
    input: 'src/loader/loader.ts',
    onwarn,
    plugins: [loaderManifest(), ...plugins()],
    output: { file: 'dist/coalition-embed.js', format: 'iife', strict: false, plugins: [minify(), withoutStrictMode()] },
  },
  {
    // The whole library as one ES module, Lit included, for pages that import rather than paste.
    input: 'src/embed.ts',
    onwarn,
    plugins: plugins(),
    output: { file: 'dist/coalition-embed.mjs', format: 'es', inlineDynamicImports: true, plugins: [minify(true)] },
  },
  {
    // For npm users who import one element class and bring their own Lit: no bundling of deps.
    input: {
      index: 'src/index.ts',
      ...Object.fromEntries(ELEMENTS.map((e) => [e.module, `src/${e.module}.ts`])),
    },
    onwarn,
    external: (id) => /^(lit|@lit|zod)(\/|$)/.test(id),
    plugins: plugins(),
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
  },
  {
    // The embed builder page's own app (demo/builder.html), with its own copy of Lit: a separate
    // file, so none of it ever reaches partners' visitors in dist/coalition-embed.js.
    input: 'src/builder/builder.ts',
    onwarn,
    plugins: plugins(),
    // Its elements' words in every language travel inside it, not beside it.
    output: { file: 'dist/builder.js', format: 'iife', inlineDynamicImports: true, plugins: [minify()] },
  },
  {
    // The iframe page for sites that strip scripts (dist/embed.html and its small script): it
    // reads the elements' field declarations and loads coalition-embed.js beside it for the rest.
    input: 'src/embed-page/embed-page.ts',
    onwarn,
    plugins: [embedPage(), ...plugins()],
    output: { file: 'dist/embed-page.js', format: 'iife', plugins: [minify()] },
  },
];
