// dist/ served byte for byte, as a partner's server or a CDN serves it, and spoiled on purpose
// for tests/loader.test.ts. A middleware rather than a plugin: the dev server's plugins rewrite
// JavaScript (esbuild's target), and rewritten bytes fail their integrity hashes.
//   /dist/…                   every file as built
//   /dist-variant/tampered/…  every file as built, but the share bar's own file changed by a byte
//   /dist-variant/missing/…   every file as built, but the share bar's own file is not there (404)
import { readFileSync, existsSync, statSync } from 'node:fs';

const DIST = /^\/(?:dist|dist-variant\/(tampered|missing))\/([\w./-]+\.(js|mjs|json|html))$/;
const TYPES = { js: 'text/javascript', mjs: 'text/javascript', json: 'application/json', html: 'text/html' };

export function rawDist() {
  return async (context, next) => {
    const match = DIST.exec(context.path);
    if (!match || match[2].includes('..')) return next();
    const [, variant, file, ext] = match;
    const path = `dist/${file}`;
    const spoiled = variant && file.startsWith('elements/share-bar-');
    if (!existsSync(path) || !statSync(path).isFile() || (spoiled && variant === 'missing')) {
      context.status = 404;
      context.body = '';
      return undefined;
    }
    const body = readFileSync(path);
    context.type = TYPES[ext];
    context.body = spoiled && variant === 'tampered' ? Buffer.concat([body, Buffer.from('\n')]) : body;
    return undefined;
  };
}
