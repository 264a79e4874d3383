import { expect } from '@open-wc/testing';

interface Declaration {
  tagName?: string;
  attributes?: Array<{ name: string }>;
  events?: Array<{ name: string }>;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
}

/**
 * The README is what partners and campaign teams read; custom-elements.json is generated from the
 * code's JSDoc by `npm run build` (which `npm test` runs first). Every public name in one must be
 * in the other.
 */
describe('documentation', () => {
  it('names in the README every attribute, event, part and custom property the elements declare', async () => {
    const readme = await (await fetch('/README.md')).text();
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: Array<{ declarations?: Declaration[] }> };
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    expect(elements.map((d) => d.tagName).sort()).to.deep.equal([
      'campaign-banner',
      'petition-counter',
      'quick-exit',
      'share-bar',
      'supporter-wall',
    ]);
    const missing: string[] = [];
    for (const element of elements) {
      const names = [
        ...(element.attributes ?? []).map((a) => a.name),
        ...(element.events ?? []).map((e) => e.name),
        ...(element.cssParts ?? []).map((p) => p.name),
        ...(element.cssProperties ?? []).map((p) => p.name),
      ];
      for (const name of names) if (!readme.includes(`\`${name}\``)) missing.push(`<${element.tagName}> ${name}`);
    }
    expect(missing, 'documented in the code but not in the README').to.deep.equal([]);
  });
});
