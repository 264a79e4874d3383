// What is made from the elements' descriptions (src/elements.ts: each folder's element.ts, its
// fields.ts, and src/core/common-fields.ts): each key is a campaign-file key and, in kebab-case,
// an attribute; the JSDoc comment above it is its description.
//
//   node scripts/settings.mjs          writes dist/settings.json (the WordPress allow-list and the
//                                      builder's hints), dist/campaign.schema.json, and the
//                                      attributes in custom-elements.json (run by `npm run build`)
//   node scripts/settings.mjs --readme writes the README's settings tables between their markers
//   node scripts/settings.mjs --check  fails when the README's tables are out of date (`npm test`)
import { evaluate } from './registry.mjs';
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import ts from 'typescript';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

const COMMON = { file: 'src/core/common-fields.ts', name: 'commonFields' };
const SUPPORTER = { file: 'src/supporter-wall/fields.ts', name: 'supporterFields' };
/** An element's settings are declared in its folder's fields.ts. */
const fieldsFile = (element) => `src/${element.module.split('/')[0]}/fields.ts`;

/**
 * The JSDoc comment above each key of an object literal, read with TypeScript's parser: the one
 * declared as `name`, or the one whose keys are `name` (an element's fields, by their keys).
 */
function descriptions(file, name) {
  const keys = Array.isArray(name) ? [...name].sort().join() : undefined;
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
  const found = {};
  const visit = (node) => {
    if (
      ts.isVariableDeclaration(node) &&
      node.initializer &&
      ts.isObjectLiteralExpression(node.initializer) &&
      (keys
        ? node.initializer.properties
            .map((p) => p.name?.getText())
            .sort()
            .join() === keys
        : node.name.getText() === name)
    ) {
      for (const property of node.initializer.properties) {
        const comment = ts
          .getJSDocCommentsAndTags(property)
          .map((doc) => (typeof doc.comment === 'string' ? doc.comment : (doc.comment ?? []).map((part) => part.text).join('')))
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
        if (!comment) throw new Error(`${file}: ${name}.${property.name.getText()} has no description (a /** comment */ above it)`);
        found[property.name.getText()] = comment;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!Object.keys(found).length) throw new Error(`${file}: no settings found in ${name}`);
  return found;
}

/** The declarations themselves, evaluated. */
const declarations = () =>
  evaluate(
    [
      `export { ELEMENTS, ${COMMON.name} } from './src/elements.ts';`,
      `export { ${SUPPORTER.name} } from './${SUPPORTER.file}';`,
      `export { campaignJsonSchema } from './src/core/campaign-schema.ts';`,
    ].join('\n'),
  );

const kebab = (key) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** One setting as data: what the README, the builder, WordPress and the schema need to know. */
function describe(key, field, description, main) {
  // `campaign` also takes `none`; to an allow-list it is an address like any other.
  const kind = field.kind === 'data' ? (key === 'campaign' ? 'url' : 'text') : field.kind;
  const setting = { attribute: kebab(key), key, kind, description, expected: field.expected };
  if (field.options) setting.options = [...field.options];
  if (field.default !== undefined) setting.default = field.default;
  if (field.limits) setting.limits = field.limits;
  if (main) setting.main = true;
  return setting;
}

export async function settingsManifest() {
  const modules = await declarations();
  const pkg = JSON.parse(read('package.json'));
  const list = (fields, words, main = []) =>
    Object.entries(fields).map(([key, field]) => describe(key, field, words[key], main.includes(key)));
  const manifest = {
    version: pkg.version,
    common: list(modules[COMMON.name], descriptions(COMMON.file, COMMON.name)),
    elements: {},
    supporter: list(modules[SUPPORTER.name], descriptions(SUPPORTER.file, SUPPORTER.name)),
  };
  // Alphabetical, as the README and the WordPress blocks list them.
  const elements = [...modules.ELEMENTS].sort((a, b) => a.tag.localeCompare(b.tag));
  for (const element of elements) {
    const { tag, name, summary, section, fields, main } = element;
    const settings = list(fields, descriptions(fieldsFile(element), Object.keys(fields)), main);
    manifest.elements[tag] = { title: name, summary, ...(section ? { section } : {}), settings };
  }
  const schema = modules.campaignJsonSchema({
    sections: Object.fromEntries(elements.filter((e) => e.section).map((e) => [e.section, e.fields])),
    supporter: modules[SUPPORTER.name],
  });
  return { manifest, schema };
}

/** The schema with each setting's description, as editors show it on hover. */
function describedSchema(schema, manifest, version) {
  schema.$id = `https://cdn.jsdelivr.net/npm/coalition-embed@${version}/dist/campaign.schema.json`;
  schema.title = 'coalition-embed campaign file';
  const props = schema.properties;
  props.$schema.description = 'The address of this schema, so editors check the file';
  props.id.description = "The campaign's id: names remembered dismissals and the utm_campaign of outgoing links";
  props.partner.description = "A partner's short name for every element reading this file (usually set on the page instead)";
  for (const { section, settings } of Object.values(manifest.elements)) {
    if (!section) continue;
    props[section].description =
      `Settings of every <${Object.keys(manifest.elements).find((t) => manifest.elements[t].section === section)}> reading this file`;
    for (const { key, description } of settings) props[section].properties[key].description = description;
  }
  props.supporters.description = 'The supporters every <supporter-wall> without `src` shows';
  for (const { key, description } of manifest.supporter) props.supporters.items.properties[key].description = description;
  return schema;
}

/** custom-elements.json's attributes, from the declarations rather than a second list in JSDoc. */
function patchManifest(manifest) {
  const path = new URL('custom-elements.json', root);
  if (!existsSync(path)) return;
  const cem = JSON.parse(readFileSync(path, 'utf8'));
  for (const module of cem.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      const element = manifest.elements[declaration.tagName];
      if (!element) continue;
      declaration.attributes = [...element.settings, ...manifest.common].map((s) => ({
        name: s.attribute,
        fieldName: s.key,
        description: s.description,
        type: { text: s.kind === 'flag' ? 'boolean' : s.kind === 'number' ? 'number' : 'string' },
        ...(s.default !== undefined ? { default: JSON.stringify(s.default) } : {}),
      }));
    }
  }
  writeFileSync(path, JSON.stringify(cem, null, 2) + '\n');
}

const cell = (text) => String(text).replace(/\|/g, '\\|');

/** The README table of one element's settings (or the common ones). */
function table(settings, section) {
  const head = section
    ? `| attribute | campaign file \`${section}.…\` | default | meaning |\n| --- | --- | --- | --- |`
    : '| attribute | default | meaning |\n| --- | --- | --- |';
  const rows = settings.map((s) => {
    const fallback =
      s.default === undefined || s.default === false ? '' : `\`${Array.isArray(s.default) ? s.default.join(' ') : s.default}\``;
    return section
      ? `| \`${s.attribute}\` | \`${s.key}\` | ${fallback} | ${cell(s.description)} |`
      : `| \`${s.attribute}\` | ${fallback} | ${cell(s.description)} |`;
  });
  return [head, ...rows].join('\n');
}

/** The README with every table between its markers made anew. */
export function readmeWithTables(readme, manifest) {
  const supporter = [
    '| key | meaning |',
    '| --- | --- |',
    ...manifest.supporter.map((s) => `| \`${s.key}\` | ${cell(s.description)} |`),
  ].join('\n');
  const tables = { common: table(manifest.common), supporter };
  for (const [tag, { section, settings }] of Object.entries(manifest.elements)) tables[tag] = table(settings, section);
  let out = readme;
  for (const [name, body] of Object.entries(tables)) {
    const pattern = new RegExp(`(<!-- settings:${name} -->\\n)[\\s\\S]*?(\\n<!-- /settings:${name} -->)`);
    if (!pattern.test(out)) throw new Error(`README.md has no <!-- settings:${name} --> … <!-- /settings:${name} --> markers`);
    out = out.replace(pattern, `$1${body}$2`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { manifest, schema } = await settingsManifest();
  const readme = read('README.md');
  const expected = readmeWithTables(readme, manifest);
  if (process.argv.includes('--check')) {
    if (expected !== readme) {
      console.error('README.md: the settings tables are out of date with src/*/fields.ts; run `npm run docs`.');
      process.exit(1);
    }
    console.log('README settings tables match the declarations.');
  } else if (process.argv.includes('--readme')) {
    writeFileSync(new URL('README.md', root), expected);
    console.log('README settings tables written.');
  } else {
    mkdirSync(new URL('dist/', root), { recursive: true });
    writeFileSync(new URL('dist/settings.json', root), JSON.stringify(manifest, null, 2) + '\n');
    writeFileSync(
      new URL('dist/campaign.schema.json', root),
      JSON.stringify(describedSchema(schema, manifest, manifest.version), null, 2) + '\n',
    );
    patchManifest(manifest);
  }
}
