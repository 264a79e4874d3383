import { readFileSync } from 'node:fs';

// The hostile host pages, generated from one template so that every page embeds the same five
// widgets exactly as a partner would paste them. Served by a plugin in web-test-runner.config.mjs
// at /tests/hosts/NAME.html.

const WIDGETS = `
    <campaign-banner headline="Safer by design" message="Platforms can detect child sexual abuse material and protect privacy." cta-label="Add your name" cta-href="https://example.org/sign" dismissible></campaign-banner>
    <petition-counter source="/tests/fixtures/uk-parliament-count.json#signature_count" goal="150000" href="https://example.org/sign"></petition-counter>
    <share-bar networks="facebook x whatsapp mastodon email copy" url="https://example.org/campaign" text="Keep children safe online"></share-bar>
    <supporter-wall>
      <a href="https://example.org/a"><img alt="Example Trust" src="/tests/fixtures/supporter-wall/square.svg" /></a>
      <img alt="Example Network" src="/tests/fixtures/supporter-wall/wide.svg" />
    </supporter-wall>
    <quick-exit></quick-exit>`;

const SCRIPT = '<script src="/dist/coalition-embed.js"></script>';

/** The README's paste snippet style, as a partner copies it (reserved space, :state(empty)). */
function snippetStyle() {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const style = /<style>\n {2}\/\* Each widget is a block[\s\S]*?<\/style>/.exec(readme);
  if (!style) throw new Error('tests/hosts/pages.mjs: the README’s paste snippet <style> was not found');
  return style[0];
}
// A banner with nothing to show (its window is over): with custom states its reserved space goes; without, it stays.
const NOTHING = '<campaign-banner id="nothing" mode="inline" headline="Over" end="2020-01-01T00:00:00Z"></campaign-banner>';
// A share bar that asks for the device's share sheet first: without Web Share, the links remain.
const NATIVE = '<share-bar id="native" networks="native whatsapp email copy" url="https://example.org/campaign"></share-bar>';
const oldEngine = (engine) => ({
  head: `<script src="/tests/hosts/old-engine.js" data-engine="${engine}"></script>${snippetStyle()}`,
  after: NOTHING + NATIVE,
});
const csp = (policy) => `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;

/** name → what that host adds: to its <head>, to its <body> before and after the widgets, to <html>. */
export const hosts = {
  csp: { head: csp("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'") },
  'trusted-types': { head: csp("require-trusted-types-for 'script'; trusted-types coalition-embed") },
  // Another Lit app owns `lit-html`; ours is `coalition-embed`, named in the README.
  'second-lit': {
    head:
      csp("require-trusted-types-for 'script'; trusted-types lit-html coalition-embed") +
      '<script src="/tests/hosts/second-lit.js"></script>',
  },
  // The script twice under Trusted Types: the second copy's policy name is taken.
  'twice-trusted-types': { head: csp("require-trusted-types-for 'script'; trusted-types coalition-embed"), body: SCRIPT },
  polluted: {
    head: '<script src="/tests/hosts/polluted.js"></script>',
    // A relative campaign file: with Object.prototype.base polluted it must still load from here.
    script: SCRIPT.replace('<script ', '<script data-campaign="/tests/hosts/campaign.json" '),
  },
  'hung-fetch': { head: '<script src="/tests/hosts/hung-fetch.js"></script>' },
  frozen: { head: '<script src="/tests/hosts/frozen.js"></script>' },
  'patched-arrays': { head: '<script src="/tests/hosts/patched-arrays.js"></script>' },
  twice: { body: SCRIPT },
  foreign: { head: '<script src="/tests/hosts/foreign-define.js"></script>' },
  'aggressive-css': { head: '<link rel="stylesheet" href="/tests/hosts/aggressive.css" />' },
  'framework-reset': { head: '<link rel="stylesheet" href="/tests/hosts/framework-reset.css" />' },
  'old-globals': { head: '<script src="/tests/hosts/old-globals.js"></script>' },
  // The script before the elements exist: each upgrades as the parser reaches it.
  'async-in-head': { head: SCRIPT.replace('<script ', '<script async '), script: '' },
  // The documented snippet on a current engine, to compare the old ones with.
  snippet: { head: snippetStyle(), after: NOTHING },
  // Older engines still in use, played by this browser with newer features removed.
  'old-safari': oldEngine('safari-17.0'),
  'old-firefox': oldEngine('firefox-esr-128'),
  rtl: { html: 'dir="rtl" lang="ar"', head: '<meta name="viewport" content="width=device-width, initial-scale=1" />' },
};

export function hostPage(name) {
  const host = hosts[name];
  if (!host) return undefined;
  return `<!doctype html>
<html ${host.html ?? 'lang="en"'}>
  <head>
    <meta charset="utf-8" />
    ${host.head ?? ''}
    <title>Host: ${name}</title>
    <link rel="icon" href="data:," />
    <script src="/tests/hosts/report.js"></script>
  </head>
  <body>
    ${host.body ?? ''}
    ${WIDGETS}
    ${host.after ?? ''}
    ${host.script ?? SCRIPT}
  </body>
</html>`;
}
