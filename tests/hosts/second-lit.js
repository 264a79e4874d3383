// Another Lit app on the page owns the Trusted Types policy `lit-html` (no 'allow-duplicates').
window.trustedTypes.createPolicy('lit-html', { createHTML: (s) => s });
