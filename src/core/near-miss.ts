/**
 * The setting a person probably meant by a name we do not know: HTML gives a misspelt attribute
 * (`dismissable`, `cta-hef`, or the campaign file's `ctaHref`, which HTML lowercases) no error at
 * all, and a campaign file's `teaser-days` would be ignored just as quietly. Case and dashes do
 * not count, so `teaser-days` finds `teaserDays` and `ctahref` finds `cta-href`.
 */
export function nearMiss(name: string, known: readonly string[]): string | undefined {
  const bare = (s: string) => s.replace(/-/g, '').toLowerCase();
  return known.find((k) => bare(k) == bare(name) || distance(bare(name), bare(k)) <= (k.length > 6 ? 2 : 1));
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
