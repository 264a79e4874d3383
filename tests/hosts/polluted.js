// An old plugin's "helpers", or an attacker's payload, added to Object.prototype before our
// script runs: none of these may become a widget's text, link or request.
for (const [key, value] of Object.entries({
  href: 'https://evil.example/x',
  headline: 'Polluted headline',
  message: 'Polluted message',
  source: 'https://evil.example/count.json',
  count: 999,
  logo: 'https://evil.example/logo.svg',
  base: 'https://evil.example/',
  mailto: true,
  ctaHref: 'https://evil.example/cta',
})) {
  Object.prototype[key] = value;
}
