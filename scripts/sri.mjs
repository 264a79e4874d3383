// Writes dist/sri.json: the Subresource Integrity hash of the loader (dist/coalition-embed.js),
// the one a partner pastes, and of every file beside it, and the files each element needs. The
// loader carries the others' hashes itself (rollup.config.mjs), so only the loader's must be
// pasted; a snippet may preload an element's files with theirs (`<link rel="preload">`).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url)));
const hash = (file) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(new URL(file, dist)))
    .digest('base64')}`;
const files = [
  'coalition-embed.js',
  'coalition-embed.mjs',
  ...['elements', 'chunks'].flatMap((folder) => readdirSync(new URL(folder, dist)).map((file) => `${folder}/${file}`)),
];
// Each element's files (dist/elements.json, written by the build): what a snippet may preload.
const elements = JSON.parse(readFileSync(new URL('elements.json', dist), 'utf8'));
// Rare parts and what they need (dist/parts.json): the campaign file's reader, preloaded with
// `data-campaign`; the share bar's less used networks, preloaded for a bar that shows one; the one
// file holding every element, which the loader takes instead of theirs on a page with all five.
const { campaign, moreNetworks, together } = JSON.parse(readFileSync(new URL('parts.json', dist), 'utf8'));
const out = {
  version: pkg.version,
  loader: hash('coalition-embed.js'),
  files: Object.fromEntries(files.map((f) => [f, hash(f)])),
  elements,
  campaign,
  moreNetworks,
  together,
};
writeFileSync(new URL('sri.json', dist), JSON.stringify(out, null, 2) + '\n');
console.log(`sri: coalition-embed.js ${out.loader}; ${files.length - 2} element files beside it`);
