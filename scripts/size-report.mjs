// `npm run size`: where the bytes of dist/coalition-embed.js go. Built by rollup with the real
// configuration (the same plugins as `npm run build`), so every figure is of what partners ship.
// Per folder (Lit ships pre-minified, so its share is understated): each module's bytes as rollup rendered them into the bundle (after tree-shaking and
// template minification, before terser), with that folder's share of the minified+gzip total.
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import configs from '../rollup.config.mjs';

const [pasteable] = configs;
const bundle = await rollup({ ...pasteable, onwarn: () => {} });
const { output } = await bundle.generate(pasteable.output[0]);
const [chunk] = output;
const gzip = gzipSync(chunk.code, { level: 9 }).length;

const folders = new Map();
for (const [id, module] of Object.entries(chunk.modules)) {
  const folder = id.includes('node_modules') ? /node_modules\/((@[^/]+\/)?[^/]+)/.exec(id)[1] : (/src\/([^/]+)\//.exec(id)?.[1] ?? 'src');
  folders.set(folder, (folders.get(folder) ?? 0) + module.renderedLength);
}
const rendered = [...folders.values()].reduce((a, b) => a + b, 0);
console.log(`dist/coalition-embed.js: ${chunk.code.length} B minified, ${gzip} B gzip\n`);
console.log('folder                 rendered   share   ≈gzip');
for (const [folder, bytes] of [...folders].sort((a, b) => b[1] - a[1])) {
  const share = bytes / rendered;
  console.log(
    `${folder.padEnd(22)} ${String(bytes).padStart(8)}  ${(share * 100).toFixed(1).padStart(5)}%  ${String(Math.round(share * gzip)).padStart(6)}`,
  );
}
await bundle.close();
