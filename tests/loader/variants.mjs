// dist/ served byte for byte, as a partner's server or a CDN serves it, and spoiled on purpose
// for tests/loader.test.ts. A middleware rather than a plugin: the dev server's plugins rewrite
// JavaScript (esbuild's target), and rewritten bytes fail their integrity hashes.
//   /dist/…                   every file as built
//   /dist-variant/tampered/…  every file as built, but the share bar's own file and the one holding
//                             every element changed by a byte
//   /dist-variant/rare/…      every file as built, but three rare parts changed by a byte: the
//                             Welsh words, the share bar's less used networks and the banner's
//                             fixed bars and blackout
//   /dist-variant/slow/…      every file as built, the Welsh words and the less used networks
//                             held back for 3 s (a stalled server)
//   /dist-variant/missing/…   every file as built, but those two files are not there (404)
//   /dist-variant/other/…     another release: every file's version key changed, the loader's
//                             hashes rewritten to match (two versions pasted on one page); its
//                             files are asked for by their new addresses
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';

const DIST = /^\/(?:dist|dist-variant\/(tampered|missing|other|rare|slow))\/([\w./-]+\.(js|mjs|json|html))$/;
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const OTHER = '0.0.1-other';

/** The file built under `name` (`elements/share-bar`): its address in dist/ (the name, then 8 characters of its hash). */
const builtAddress = (name) => {
  const folder = name.slice(0, name.lastIndexOf('/'));
  const base = name.slice(folder.length + 1);
  const found = readdirSync(`dist/${folder}`).find((f) => f.length == base.length + 12 && f.startsWith(`${base}-`) && f.endsWith('.js'));
  return found && `${folder}/${found}`;
};

/** A file as another release would have it: its version key changed, and the loader's pins with it. */
function otherRelease(file, body) {
  const text = body.toString('utf8').replaceAll(`coalition-embed@${version}`, `coalition-embed@${OTHER}`);
  if (file !== 'coalition-embed.js') return Buffer.from(text);
  return Buffer.from(
    text.replace(/"((?:elements|chunks)\/[\w.-]+)":\["sha384-[^"]+"/g, (_, name) => {
      const address = builtAddress(name);
      const hash = createHash('sha384')
        .update(otherRelease(address, readFileSync(`dist/${address}`)))
        .digest('base64');
      return `"${name}":["sha384-${hash}"`;
    }),
  );
}
const TYPES = { js: 'text/javascript', mjs: 'text/javascript', json: 'application/json', html: 'text/html' };

export function rawDist() {
  return async (context, next) => {
    const match = DIST.exec(context.path);
    if (!match || match[2].includes('..')) return next();
    const [, variant, asked, ext] = match;
    // Another release's files have other bytes, so other addresses: each is this build's file of that name.
    const file = variant === 'other' && /^(elements|chunks)\//.test(asked) ? (builtAddress(asked.slice(0, -12)) ?? asked) : asked;
    const path = `dist/${file}`;
    const spoiled =
      variant === 'rare'
        ? /^chunks\/(words-cy|more-networks|fixed)-/.test(file)
        : variant && /^(elements\/share-bar|chunks\/all-elements)-/.test(file);
    if (!existsSync(path) || !statSync(path).isFile() || (spoiled && variant === 'missing')) {
      context.status = 404;
      context.body = '';
      return undefined;
    }
    if (variant === 'slow' && /^chunks\/(words-cy|more-networks)-/.test(file)) await new Promise((r) => setTimeout(r, 3000));
    const body = readFileSync(path);
    context.type = TYPES[ext];
    context.body =
      variant === 'other'
        ? otherRelease(file, body)
        : spoiled && (variant === 'tampered' || variant === 'rare')
          ? Buffer.concat([body, Buffer.from('\n')])
          : body;
    return undefined;
  };
}
