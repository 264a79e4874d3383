// Where the bytes go, for the size-budget discussion: minified bytes per source folder, then what
// the bundle would weigh without its translations, without zod, and what Lit alone weighs.
// Built with esbuild for speed (rollup+terser ships about 1.3 KB gzip less); the differences
// between the lines are what to read. `npm run bench` is the budget that counts.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** Rewrites sources on the way in, to weigh the bundle without one of its parts. */
const without = (parts) => ({
  name: 'without',
  setup(b) {
    if (parts.includes('translations')) {
      // Every catalogue's second argument is its packed translations; English stays.
      b.onLoad({ filter: /src\/.*messages\.ts$/ }, ({ path }) => ({
        loader: 'ts',
        contents: readFileSync(path, 'utf8').replace(/,\n {2}\{\n {4}cy:[\s\S]*?\n {2}\},\n\);/, '\n);'),
      }));
    }
    if (parts.includes('zod')) {
      // core/fields.ts has a type-only fallback for pages where zod cannot load; use it always.
      b.onLoad({ filter: /src\/core\/fields\.ts$/ }, ({ path }) => ({
        loader: 'ts',
        contents: readFileSync(path, 'utf8')
          .replace("import * as z from 'zod/mini';", 'const z: any = {};')
          .replace('const schemas = buildSchemas();', 'const schemas = undefined;'),
      }));
    }
  },
});

async function bundle(options) {
  const result = await build({
    bundle: true,
    minify: true,
    format: 'iife',
    conditions: ['production'],
    target: 'es2021',
    write: false,
    metafile: true,
    charset: 'utf8',
    logLevel: 'error',
    ...options,
  });
  return { code: result.outputFiles[0].contents, inputs: Object.values(result.metafile.outputs)[0].inputs };
}

const full = await bundle({ entryPoints: ['src/index.ts'] });
const groups = {};
for (const [file, { bytesInOutput }] of Object.entries(full.inputs)) {
  const group = file.startsWith('src/')
    ? file.split('/').slice(0, 2).join('/')
    : file.replace(/^node_modules\/((@[^/]+\/)?[^/]+).*/, '$1');
  groups[group] = (groups[group] ?? 0) + bytesInOutput;
}
console.log('minified bytes by folder (esbuild)');
for (const [group, bytes] of Object.entries(groups).sort((a, b) => b[1] - a[1])) {
  console.log(`${String(bytes).padStart(7)}  ${group}`);
}

const litAlone = await bundle({
  stdin: {
    contents: "import { LitElement, html, css } from 'lit'; customElements.define('x-a', class extends LitElement { static styles = css`:host{display:block}`; render() { return html`<p>${1}</p>`; } });",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
});
const rows = [
  ['the bundle', full.code],
  ['without the five translations', (await bundle({ entryPoints: ['src/index.ts'], plugins: [without(['translations'])] })).code],
  ['without zod', (await bundle({ entryPoints: ['src/index.ts'], plugins: [without(['zod'])] })).code],
  ['without both', (await bundle({ entryPoints: ['src/index.ts'], plugins: [without(['translations', 'zod'])] })).code],
  ['Lit alone (one empty element)', litAlone.code],
];
console.log('\ngzip bytes (esbuild)');
const base = gzip(full.code);
for (const [name, code] of rows) {
  const size = gzip(code);
  console.log(`${String(size).padStart(7)}  ${name}${size === base ? '' : ` (${size - base})`}`);
}
