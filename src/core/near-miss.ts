// Other people's attributes close to ours: HTML's own (`id` and `dir`, `loading` and `heading`),
// frameworks' (`ref` and `href`, `:href`, `x-text`, `v-model`) and RDFa's (`resource`, `property`).
const OTHERS =
  /^(id|class|style|slot|title|hidden|role|part|tabindex|is|inert|nonce|translate|popover|loading|border|form|model|ref|key|resource|property|about|typeof|vocab|prefix|(data|aria|on|x|v|hx|ng|wire|bind)[-:].*|on.*)$|[^a-z0-9-]/;

/**
 * Attribute names a person probably meant: HTML gives a misspelt attribute (`dismissable`,
 * `cta-hef`, or the campaign file's `ctaHref`, which HTML lowercases) no error at all, so the
 * setting silently does nothing. Only near misses are named: frameworks and CMSs add attributes of
 * their own (`x-data`, `v-cloak`, `class`), and those must not fill the console.
 */
export function nearMiss(name: string, known: readonly string[]): string | undefined {
  if (known.includes(name) || OTHERS.test(name)) return;
  const bare = name.replace(/-/g, '');
  return known.find((k) => k.replace(/-/g, '') === bare || distance(name, k) <= (k.length > 6 ? 2 : 1));
}

/** Edit distance where swapping two neighbouring letters is one edit, as in typing. */
function distance(a: string, b: string): number {
  const rows = [...Array(a.length + 1)].map((_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = +(a[i - 1] != b[j - 1]);
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}
