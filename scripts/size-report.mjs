// `npm run size`: where the bytes of each file the loader fetches go. Built by rollup with the
// real configuration (the element files, the same plugins as `npm run build`), so every figure is
// of what partners' visitors download. Per file: its minified+gzip size, then each source folder's
// bytes as rollup rendered them (after tree-shaking and template minification, before terser) and
// that folder's share of the file's gzip size. Lit ships pre-minified, so its share is understated.
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import configs from '../rollup.config.mjs';

const [elements] = configs;
const bundle = await rollup({ ...elements, onwarn: () => {} });
const { plugins, ...options } = elements.output;
// Only terser from the output plugins: the manifest plugin writes files of the real build.
const { output } = await bundle.generate({ ...options, plugins: plugins.filter((p) => p.name === 'terser') });
const folderOf = (id) =>
  id.includes('node_modules') ? /node_modules\/((@[^/]+\/)?[^/]+)/.exec(id)[1] : (/src\/(.+)\.ts$/.exec(id)?.[1] ?? id.replace('\0', ''));

for (const chunk of output.filter((c) => c.type === 'chunk').sort((a, b) => a.fileName.localeCompare(b.fileName))) {
  const gzip = gzipSync(chunk.code, { level: 9 }).length;
  console.log(`\n${chunk.fileName}: ${chunk.code.length} B minified, ${gzip} B gzip`);
  const modules = new Map();
  for (const [id, module] of Object.entries(chunk.modules)) {
    if (!module.renderedLength) continue;
    const name = folderOf(id);
    modules.set(name, (modules.get(name) ?? 0) + module.renderedLength);
  }
  const rendered = [...modules.values()].reduce((a, b) => a + b, 0);
  for (const [name, bytes] of [...modules].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${name.padEnd(40)} ${String(bytes).padStart(7)}  ≈${String(Math.round((bytes / rendered) * gzip)).padStart(5)} gzip`);
  }
}
await bundle.close();
