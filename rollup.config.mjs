import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

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
  const edits = [
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
  ];
  return {
    name: 'lit-on-hostile-pages',
    transform(code, id) {
      for (const [file, from, to] of edits) {
        if (!id.replaceAll('\\', '/').endsWith(`node_modules/${file}`)) continue;
        if (!code.includes(from)) this.error(`${file} no longer contains ${from}: update rollup.config.mjs`);
        return code.replace(from, to);
      }
      return null;
    },
  };
}

// Lit ships a dev build behind the "development" export condition; partners must only ever get
// the production build, so we resolve with the browser/production conditions and nothing else.
const plugins = () => [
  litOnHostilePages(),
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
// else is renamed (Lit's and zod's members are their public API to each other).
const minify = (module = false) => terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false } });

export default [
  {
    // The pasteable bundle: one classic script and the same as one ES module, Lit included.
    input: 'src/embed.ts',
    onwarn,
    plugins: plugins(),
    output: [
      { file: 'dist/coalition-embed.js', format: 'iife', name: 'CoalitionEmbed', plugins: [minify()] },
      { file: 'dist/coalition-embed.mjs', format: 'es', plugins: [minify(true)] },
    ],
  },
  {
    // For npm users who import one element class and bring their own Lit: no bundling of deps.
    input: {
      index: 'src/index.ts',
      'campaign-banner/campaign-banner': 'src/campaign-banner/campaign-banner.ts',
      'petition-counter/petition-counter': 'src/petition-counter/petition-counter.ts',
      'quick-exit/quick-exit': 'src/quick-exit/quick-exit.ts',
      'share-bar/share-bar': 'src/share-bar/share-bar.ts',
      'supporter-wall/supporter-wall': 'src/supporter-wall/supporter-wall.ts',
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
    output: { file: 'dist/builder.js', format: 'iife', plugins: [minify()] },
  },
];
