// Writes the Subresource Integrity hash of the built script, so the paste snippet (README,
// builder) can pin exactly these bytes.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url)));
const files = ['coalition-embed.js', 'coalition-embed.mjs'];
const out = { version: pkg.version, files: {} };
for (const file of files) {
  const bytes = readFileSync(new URL(`../dist/${file}`, import.meta.url));
  out.files[file] = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
writeFileSync(new URL('../dist/sri.json', import.meta.url), JSON.stringify(out, null, 2) + '\n');
console.log(`sri: ${files.map((f) => `${f} ${out.files[f]}`).join('; ')}`);
