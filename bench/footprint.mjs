// What a bundler's user pays for importing ONE element alone: for each element, an entry that
// imports its module and defines it under a tag of its own, bundled with rollup's JS API the way
// rollup.config.mjs builds the package (node-resolve with the browser/production conditions, the
// templates minified by @lit-labs/rollup-plugin-minify-html-literals, terser as in `minify(true)`),
// then gzip -9. Beside it: shareon's own files (its ES module, minified by the same terser, and its
// minified CSS), which is what a bundler's user of shareon pays.
//
// TypeScript is stripped by esbuild's transform (with tsconfig.json's compiler options) instead of
// @rollup/plugin-typescript: the bytes come out the same within a few bytes, in about a third of the
// time, and a type error in a file being edited does not stop the measurement.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { transform } from 'esbuild';
import { minify } from 'terser';
import { registry } from '../scripts/registry.mjs';

const root = new URL('../', import.meta.url);
/** Every element a partner can import alone (the registry, src/elements.ts). */
const { ELEMENTS } = await registry();
export const FOOTPRINT_ELEMENTS = ELEMENTS.map((e) => e.tag);
const TERSER = { ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } };

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const className = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());

/** TypeScript to JavaScript, file by file, with the project's own compiler options. */
function stripTypes() {
  const tsconfigRaw = JSON.parse(readFileSync(new URL('tsconfig.json', root), 'utf8'));
  return {
    name: 'bench-strip-types',
    async resolveId(id, importer, options) {
      // Sources import './x.js' for './x.ts', as TypeScript's bundler resolution allows.
      if (importer && id.startsWith('.') && id.endsWith('.js')) {
        const ts = await this.resolve(`${id.slice(0, -3)}.ts`, importer, { ...options, skipSelf: true });
        if (ts && existsSync(ts.id)) return ts;
      }
      return null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const out = await transform(code, { loader: 'ts', target: 'es2022', tsconfigRaw, sourcefile: id });
      return { code: out.code, map: null };
    },
  };
}

async function bundleOne(tag) {
  const module = fileURLToPath(new URL(`src/${tag}/${tag}.ts`, root));
  const entry = `import { ${className(tag)} } from ${JSON.stringify(module)};\ncustomElements.define('x-tag', ${className(tag)});\n`;
  const warnings = [];
  const bundle = await rollup({
    input: '\0bench-entry',
    onwarn: (warning) => {
      if (warning.code === 'MISSING_EXPORT') warnings.push(warning.message);
    },
    plugins: [
      { name: 'bench-entry', resolveId: (id) => (id === '\0bench-entry' ? id : null), load: (id) => (id === '\0bench-entry' ? entry : null) },
      stripTypes(),
      resolve({ browser: true, exportConditions: ['browser', 'production', 'default'] }),
      minifyHTML(),
    ],
  });
  try {
    if (warnings.length) throw new Error(warnings[0]);
    const { output } = await bundle.generate({ format: 'es', plugins: [terser(TERSER)] });
    const code = output[0].code;
    return { minified: Buffer.byteLength(code), gzip: gzip(code) };
  } finally {
    await bundle.close();
  }
}

async function shareon() {
  const dist = new URL('node_modules/shareon/dist/', root);
  const js = (await minify(readFileSync(new URL('shareon.es.js', dist), 'utf8'), TERSER)).code;
  const css = readFileSync(new URL('shareon.min.css', dist));
  const version = JSON.parse(readFileSync(new URL('node_modules/shareon/package.json', root), 'utf8')).version;
  return {
    version,
    js: { minified: Buffer.byteLength(js), gzip: gzip(js) },
    css: { minified: css.length, gzip: gzip(css) },
    gzip: gzip(js) + gzip(css),
  };
}

/** { tool, elements: { tag: { minified, gzip } | { error } }, shareon } */
export async function footprints() {
  const elements = {};
  for (const tag of FOOTPRINT_ELEMENTS) {
    if (!existsSync(new URL(`src/${tag}/${tag}.ts`, root))) continue;
    try {
      elements[tag] = await bundleOne(tag);
    } catch (error) {
      // src/ may be mid-edit: report the element, measure the others.
      elements[tag] = { error: String(error?.message ?? error).split('\n')[0] };
    }
  }
  return {
    tool: 'rollup + @rollup/plugin-node-resolve (browser, production, default) + esbuild type stripping + minify-html-literals + terser; gzip -9',
    elements,
    shareon: await shareon(),
  };
}
