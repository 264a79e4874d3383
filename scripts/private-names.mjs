// Our elements' private members (`_revealed`, `_campaignFile`, …) are named for readers, and each
// name ships to every visitor as many times as the code uses it. Terser may shorten them, but
// only ours: Lit's and zod's own underscore names are read by string elsewhere and must stay.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'builder' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** A regex for terser's `mangle.properties` that matches exactly our own `_private` members. */
export function privateNames(dir = 'src') {
  const names = new Set();
  const inherited = new Set();
  for (const file of sources(dir)) {
    const text = readFileSync(file, 'utf8');
    for (const [, name] of text.matchAll(/(?:\.|^\s*(?:(?:private|protected|static|override|readonly)\s+)*|[{,]\s*)(_[a-zA-Z]\w*)\b/gm)) names.add(name);
    // A protected member is in the type declarations: a subclass in a partner's code may use it.
    for (const [, name] of text.matchAll(/^\s*protected\s+(?:(?:static|override|readonly)\s+)*(_[a-zA-Z]\w*)\b/gm)) inherited.add(name);
  }
  for (const name of inherited) names.delete(name);
  return new RegExp(`^(?:${[...names].sort().join('|')})$`);
}
