import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

// Lit ships a dev build behind the "development" export condition; partners must only ever get
// the production build, so we resolve with the browser/production conditions and nothing else.
const plugins = () => [
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
