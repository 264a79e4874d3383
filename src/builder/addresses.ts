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
