import { html, type TemplateResult } from 'lit';

/** Whether a host name is this computer's own (localhost, 127.0.0.1, ::1): only a test reaches it. */
export const isThisComputer = (hostname: string) => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$|\.localhost$/.test(hostname);

/**
 * Whether a browser on a secure (https) page refuses to load this address: a plain http:// one
 * on another computer is "mixed content", blocked without a word to the visitor. An address on this
 * computer is for testing, where the page is usually http too; a relative one goes wherever its
 * page is.
 */
export function blockedOnSecurePages(href: string): boolean {
  try {
    const url = new URL(href.trim());
    return url.protocol === 'http:' && !isThisComputer(url.hostname);
  } catch {
    return false;
  }
}

/**
 * The warning beside an address box whose address partners' secure pages would refuse (see
 * blockedOnSecurePages), naming what would silently not load: the script or the campaign file.
 */
export const insecureWarning = (id: string, thing: 'file' | 'script'): TemplateResult =>
  html`<p class="note warning" id=${id}>
    This address starts with <code>http://</code>, not <code>https://</code>. Partners’ websites are almost all secure
    (<code>https://</code>), and their visitors’ browsers will not load ${thing == 'file' ? 'a file' : 'the script'} from an address that is
    not: the campaign would not show on those pages, and nobody would be told. Publish ${thing == 'file' ? 'the file' : 'it'} at an address
    starting with <code>https://</code> and give that one here.
  </p>`;
