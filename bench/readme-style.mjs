import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
// `node bench/readme-style.mjs`: writes the README's paste-snippet <style> (and the demo page's) from each element's
// `reserve` (src/builder/snippet.ts everyReserveRule); builder.test.ts checks that they agree.
import { evaluate } from '../scripts/registry.mjs';
const { everyReserveRule } = await evaluate("export { everyReserveRule } from './src/builder/snippet.ts';");
const { ELEMENTS } = await evaluate("export { ELEMENTS } from './src/elements.ts';");
const tags = ELEMENTS.map((e) => e.tag);
const pretty = (rule) => {
  const m = /^@(container|media) \((.*?)\)\{(.*)\}$/.exec(rule);
  if (m) return `@${m[1]} (${m[2].replace(':', ': ')}) { ${pretty(m[3])} }`;
  const frames = /^@keyframes ([\w-]+)\{(.*)\}$/.exec(rule);
  if (frames) return `@keyframes ${frames[1]} { ${pretty(frames[2])} }`;
  const [, sel, body] = /^(.*?)\{(.*)\}$/.exec(rule);
  return `${sel.replace(/,/g, ', ')} { ${body.split(';').map((d) => d.replace(':', ': ')).join('; ')}; }`;
};
const lines = [
  '<style>',
  '  /* Each widget is a block that keeps its space from the start, so nothing on the page jumps',
  '     when it appears: the tallest it draws at its own width (container queries on the widget),',
  '     in em of its text, so no blank band stays under it. One with nothing to show gives it back,',
  '     as does one the script never reaches (no JavaScript at once, blocked after 30 seconds). */',
  '  campaign-banner, quick-exit, petition-counter, share-bar, supporter-wall { display: block; }',
  ...everyReserveRule(tags).map((r) => `  ${pretty(r)}`),
  '</style>',
];
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const at = readme.indexOf('### Paste');
// The snippet's own <style>, in its code block (the prose before it names `<style>` too).
const from = readme.indexOf('<style>', readme.indexOf('```html', at));
const to = readme.indexOf('</style>', from) + '</style>'.length;
writeFileSync(new URL('../README.md', import.meta.url), readme.slice(0, from) + lines.join('\n') + readme.slice(to));

// The demo page links the same rules (demo/reserve.css), so `npm start` shows what a partner's page gets.
const css = lines.slice(1, -1).map((line) => line.slice(2)).join('\n');
writeFileSync(new URL('../demo/reserve.css', import.meta.url), await format(css, { ...(await resolveConfig('demo/reserve.css')), parser: 'css' }));
