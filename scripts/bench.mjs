// `npm run bench`: what the widgets cost a partner's visitors. Prints figures; fails only when a
// budget is broken.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const GZIP_BUDGET = 18_000;

const bundle = readFileSync(new URL('../dist/coalition-embed.js', import.meta.url));
const sizes = {
  minified: bundle.length,
  gzip: gzipSync(bundle, { level: 9 }).length,
  brotli: brotliCompressSync(bundle, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
};

const rows = [
  ['dist/coalition-embed.js minified', `${sizes.minified} B`, ''],
  ['dist/coalition-embed.js gzip', `${sizes.gzip} B`, `budget ${GZIP_BUDGET} B`],
  ['dist/coalition-embed.js brotli', `${sizes.brotli} B`, ''],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log('coalition-embed bench');
for (const [name, value, note] of rows) console.log(`  ${name.padEnd(width)}  ${value.padStart(9)}  ${note}`);

mkdirSync(new URL('../bench/', import.meta.url), { recursive: true });
writeFileSync(new URL('../bench/results.json', import.meta.url), JSON.stringify({ bytes: sizes }, null, 2) + '\n');

const failures = [];
if (sizes.gzip > GZIP_BUDGET) failures.push(`gzip ${sizes.gzip} B is over the ${GZIP_BUDGET} B budget`);
if (failures.length) {
  for (const f of failures) console.error(`BUDGET FAILED: ${f}`);
  process.exit(1);
}
console.log('All budgets met.');
