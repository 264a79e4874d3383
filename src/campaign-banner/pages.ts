/**
 * Whether the banner belongs on the page at `path` (`location.pathname`): `patterns` are the
 * partner's `pages`, `/` (the home page), `/news/*` (`*` is any run of characters, slashes too)
 * and `!/donate` (never there). A page shows the banner when it matches an included pattern (or
 * none is given) and no excluded one. Percent-encoded paths match patterns typed as read.
 */
export function onPages(patterns: string[] | undefined, path: string): boolean {
  if (!patterns?.length) return true;
  let read = path;
  try {
    read = decodeURI(path);
  } catch {
    /* a malformed escape: the path as it is */
  }
  const matches = (pattern: string) => {
    const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    return re.test(path) || re.test(read);
  };
  const included = patterns.filter((p) => p[0] != '!');
  return (!included.length || included.some(matches)) && !patterns.some((p) => p[0] == '!' && matches(p.slice(1)));
}
