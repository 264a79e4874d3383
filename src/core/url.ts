export interface UrlOptions {
  /** `mailto:` is only meaningful where the link is an email address. */
  mailto?: boolean;
  base?: string;
}

/**
 * Returns an absolute URL when its scheme is allowed, otherwise undefined. `javascript:`, `data:`,
 * `vbscript:` and anything else are refused: configuration may come from a remote file we do not
 * control, and a link is the easiest way to run script in a partner's origin.
 */
export function safeUrl(value: unknown, options: UrlOptions = {}): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Own keys only: `Object.prototype.base = 'https://evil.example/'` on the host page must not
  // become the base of every relative address we read.
  const base = Object.hasOwn(options, 'base') ? options.base : undefined;
  const mailto = Object.hasOwn(options, 'mailto') && options.mailto === true;
  // The URL parser itself drops tabs and newlines inside a scheme ("java\tscript:"), exactly as
  // the browser will when the link is followed, so checking the parsed protocol is sound.
  const cleaned = value.trim();
  // "example.org/page" or "www.example.org" is a site without its https://, not a path on the
  // partner's site: read as relative, it would send every visitor to a page that does not exist.
  if (!cleaned || /^(www\.|[\w-]+(\.[\w-]+)+\/)/i.test(cleaned)) return undefined;
  let url: URL;
  try {
    url = new URL(cleaned, base ?? document.baseURI);
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  if (mailto && url.protocol === 'mailto:') return url.href;
  return undefined;
}

export function allowedSchemes(options: UrlOptions = {}): string {
  return Object.hasOwn(options, 'mailto') && options.mailto ? 'https:, http: or mailto:' : 'https: or http:';
}

/**
 * Tags the campaign's own outgoing links with the partner who sent the visitor, so the coalition
 * can thank partners by numbers. Nothing is sent by us; the tags ride on the visitor's own click.
 */
export function withAttribution(href: string, partner: string | undefined, campaignId: string | undefined): string {
  if (!partner) return href;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return href;
  const params = url.searchParams;
  if (!params.has('utm_source')) params.set('utm_source', partner);
  if (!params.has('utm_medium')) params.set('utm_medium', 'coalition-embed');
  if (campaignId && !params.has('utm_campaign')) params.set('utm_campaign', campaignId);
  return url.href;
}
