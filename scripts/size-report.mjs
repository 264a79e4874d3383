// Where the bytes go: minified bytes per source folder (esbuild metafile) and the bundle's gzip.
// A quick guide while writing; `npm run bench` is the budget that counts.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const result = await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  conditions: ['production'],
  write: false,
  metafile: true,
  charset: 'utf8',
  logLevel: 'error',
});
const inputs = Object.values(result.metafile.outputs)[0].inputs;
const groups = {};
for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
  const group = file.startsWith('src/')
    ? file.split('/').slice(0, 2).join('/')
    : file.replace(/^node_modules\/((@[^/]+\/)?[^/]+).*/, '$1');
  groups[group] = (groups[group] ?? 0) + bytesInOutput;
}
for (const [group, bytes] of Object.entries(groups).sort((a, b) => b[1] - a[1])) {
  console.log(`${String(bytes).padStart(7)}  ${group}`);
}
const code = result.outputFiles[0].contents;
console.log(`${String(code.length).padStart(7)}  total minified (esbuild)\n${String(gzipSync(code, { level: 9 }).length).padStart(7)}  total gzip (esbuild; rollup+terser is usually a little smaller)`);
