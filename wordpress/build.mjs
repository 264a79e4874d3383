#!/usr/bin/env node
// Builds dist/coalition-embed-wordpress.zip: the plugin sources in wordpress/plugin/, plus what is
// generated from the elements' setting definitions (dist/settings.json) so it cannot drift:
// includes/settings.php (the shortcode allow-list) and blocks/<tag>/block.json, plus the built
// dist/coalition-embed.js in assets/. Node 20, no dependencies; the zip is written here (the
// `zip` program is not on every machine).
//
//   node wordpress/build.mjs [--settings FILE] [--out FILE]
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const SLUG = 'coalition-embed';
const KINDS = new Set(['text', 'url', 'choice', 'number', 'flag', 'date', 'list']);
const ICONS = {
  'campaign-banner': 'megaphone',
  'petition-counter': 'chart-bar',
  'share-bar': 'share',
  'supporter-wall': 'groups',
  'quick-exit': 'external',
};

function option(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? resolve(process.argv[i + 1]) : undefined;
}

function fail(message) {
  console.error(`wordpress/build.mjs: ${message}`);
  process.exit(1);
}

// --- Inputs -------------------------------------------------------------------------------

function readSettings() {
  let file = option('--settings') ?? join(root, 'dist/settings.json');
  if (!existsSync(file)) {
    const sample = join(here, 'tests/sample-settings.json');
    console.warn(`wordpress/build.mjs: warning: ${relative(root, file)} is missing; using ${relative(root, sample)} instead`);
    file = sample;
  }
  const settings = JSON.parse(readFileSync(file, 'utf8'));
  check(settings, relative(root, file));
  return settings;
}

/** Refuses definitions that would make unsafe PHP, HTML or block names. */
function check(settings, file) {
  const where = (what) => `${file}: ${what}`;
  if (typeof settings.version !== 'string' || !/^[0-9A-Za-z.+-]+$/.test(settings.version))
    fail(where('"version" must be a version string'));
  if (!Array.isArray(settings.common)) fail(where('"common" must be a list'));
  if (!settings.elements || typeof settings.elements !== 'object' || !Object.keys(settings.elements).length)
    fail(where('"elements" is empty'));
  const checkSetting = (s, at) => {
    if (!/^[a-z][a-z0-9-]*$/.test(s.attribute ?? '')) fail(where(`${at}: attribute "${s.attribute}" is not a lowercase attribute name`));
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(s.key ?? '')) fail(where(`${at}: key "${s.key}" is not a camelCase name`));
    // `data` (a value with its own rule, like goal="auto") is text to WordPress.
    if (!KINDS.has(s.kind) && s.kind !== 'data')
      console.warn(`wordpress/build.mjs: warning: ${at}.${s.attribute}: kind "${s.kind}" is treated as text`);
    if (s.kind === 'choice' && !(Array.isArray(s.options) && s.options.every((o) => typeof o === 'string')))
      fail(where(`${at}.${s.attribute}: a choice needs its options`));
  };
  settings.common.forEach((s) => checkSetting(s, 'common'));
  for (const [tag, element] of Object.entries(settings.elements)) {
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(tag)) fail(where(`"${tag}" is not a custom element name`));
    if (!Array.isArray(element.settings)) fail(where(`${tag}: "settings" must be a list`));
    element.settings.forEach((s) => checkSetting(s, tag));
  }
}

// --- Generated files ------------------------------------------------------------------------

const title = (tag) => tag.charAt(0).toUpperCase() + tag.slice(1).replace(/-/g, ' ');

/** Common settings first, then the element's; an element's own definition wins. */
function settingsOf(settings, tag) {
  const all = new Map();
  for (const s of settings.common) all.set(s.attribute, { ...s, common: true });
  for (const s of settings.elements[tag].settings) all.set(s.attribute, { ...s, common: false });
  return [...all.values()];
}

function php(value, indent = '') {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const inner = `${indent}\t`;
  if (Array.isArray(value))
    return value.length ? `array(\n${value.map((v) => `${inner}${php(v, inner)},\n`).join('')}${indent})` : 'array()';
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length ? `array(\n${entries.map(([k, v]) => `${inner}${php(k)} => ${php(v, inner)},\n`).join('')}${indent})` : 'array()';
}

function settingsPhp(settings) {
  const elements = {};
  for (const [tag, element] of Object.entries(settings.elements)) {
    const attributes = {};
    for (const s of settingsOf(settings, tag)) {
      attributes[s.attribute] = {
        key: s.key,
        kind: KINDS.has(s.kind) ? s.kind : 'text',
        options: s.options,
        default: s.default,
        main: s.main === true,
        common: s.common,
        description: s.description,
      };
    }
    elements[tag] = { title: element.title ?? title(tag), summary: element.summary ?? '', settings: attributes };
  }
  return `<?php
/**
 * GENERATED by wordpress/build.mjs from the elements' setting definitions (dist/settings.json,
 * coalition-embed ${settings.version}). Do not edit: change the elements, then run npm run build.
 *
 * Per tag, the attributes a shortcode or block may set, with their kind.
 *
 * @package coalition-embed
 */

defined( 'ABSPATH' ) || exit;

return ${php({ version: settings.version, elements })};
`;
}

function blockJson(settings, tag) {
  const element = settings.elements[tag];
  const attributes = {};
  for (const s of settingsOf(settings, tag)) attributes[s.key] = { type: s.kind === 'flag' ? 'boolean' : 'string' };
  return {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 3,
    name: `${SLUG}/${tag}`,
    version: settings.version,
    title: element.title ?? title(tag),
    category: 'widgets',
    icon: ICONS[tag] ?? 'megaphone',
    description: element.summary ?? '',
    keywords: ['coalition', 'campaign', ...tag.split('-')],
    textdomain: SLUG,
    attributes,
    supports: { html: false, className: false, customClassName: false },
    editorScript: `${SLUG}-editor`,
  };
}

// --- Zip (stored entries deflated with zlib; CRC-32 by table) -------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** entries: [{ name, data? }] (a name ending in / is a folder). Fixed dates: the same input gives the same zip. */
function zip(entries) {
  const DOS_TIME = 0,
    DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1; // 2020-01-01 00:00
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const raw = data ?? Buffer.alloc(0);
    const deflated = raw.length ? deflateRawSync(raw, { level: 9 }) : raw;
    const method = raw.length && deflated.length < raw.length ? 8 : 0;
    const body = method ? deflated : raw;
    const crc = crc32(raw);
    const header = (central) => {
      const h = Buffer.alloc(central ? 46 : 30);
      let p = 0;
      const u32 = (v) => {
        h.writeUInt32LE(v >>> 0, p);
        p += 4;
      };
      const u16 = (v) => {
        h.writeUInt16LE(v, p);
        p += 2;
      };
      u32(central ? 0x02014b50 : 0x04034b50);
      if (central) u16(0x0314); // made by: Unix, 2.0
      u16(20);
      u16(0x0800);
      u16(method);
      u16(DOS_TIME);
      u16(DOS_DATE);
      u32(crc);
      u32(body.length);
      u32(raw.length);
      u16(nameBuf.length);
      u16(0);
      if (central) {
        const mode = name.endsWith('/') ? 0o40755 : 0o100644;
        u16(0);
        u16(0);
        u16(0);
        u32(((mode << 16) | (name.endsWith('/') ? 0x10 : 0)) >>> 0);
        u32(offset);
      }
      return Buffer.concat([h, nameBuf]);
    };
    const local = header(false);
    locals.push(local, body);
    centrals.push(header(true));
    offset += local.length + body.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

function walk(folder, base = folder) {
  const out = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) out.push({ path: `${relative(base, path).split(sep).join('/')}/` }, ...walk(path, base));
    else out.push({ path: relative(base, path).split(sep).join('/'), file: path });
  }
  return out;
}

// --- Build ----------------------------------------------------------------------------------

const settings = readSettings();
const script = join(root, 'dist/coalition-embed.js');
if (!existsSync(script)) fail('dist/coalition-embed.js is missing: build the widgets first (npm run build)');
const out = option('--out') ?? join(root, 'dist/coalition-embed-wordpress.zip');

const staging = mkdtempSync(join(tmpdir(), 'coalition-embed-wp-'));
try {
  const plugin = join(staging, SLUG);
  cpSync(join(here, 'plugin'), plugin, { recursive: true });
  writeFileSync(join(plugin, 'includes/settings.php'), settingsPhp(settings));
  for (const tag of Object.keys(settings.elements)) {
    mkdirSync(join(plugin, 'blocks', tag), { recursive: true });
    writeFileSync(join(plugin, 'blocks', tag, 'block.json'), `${JSON.stringify(blockJson(settings, tag), null, '\t')}\n`);
  }
  mkdirSync(join(plugin, 'assets'), { recursive: true });
  // The loader and every file it loads from its own folder: the plugin serves them all, no CDN.
  cpSync(script, join(plugin, 'assets/coalition-embed.js'));
  // The README's paste-snippet style (demo/reserve.css, written with it by bench/readme-style.mjs):
  // each widget keeps its space from the start, so a page made with the plugin does not jump.
  // On one line, without comments: the plugin prints it inline in a post, where a blank line
  // could meet wpautop.
  const reserve = readFileSync(join(root, 'demo/reserve.css'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim();
  writeFileSync(join(plugin, 'assets/reserve.css'), `${reserve}\n`);
  for (const folder of ['elements', 'chunks']) cpSync(join(root, 'dist', folder), join(plugin, 'assets', folder), { recursive: true });
  // The plugin's version is the widgets' version.
  for (const [file, pattern] of [
    ['coalition-embed.php', /^(\s*\*\s*Version:\s*).*$/m],
    ['readme.txt', /^(Stable tag:\s*).*$/m],
  ]) {
    const path = join(plugin, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(pattern, `$1${settings.version}`));
  }

  const entries = [
    { name: `${SLUG}/` },
    ...walk(plugin).map(({ path, file }) => ({ name: `${SLUG}/${path}`, data: file && readFileSync(file) })),
  ];
  mkdirSync(dirname(out), { recursive: true });
  const archive = zip(entries);
  writeFileSync(out, archive);
  const files = entries.filter((e) => e.data).length;
  console.log(
    `wordpress/build.mjs: wrote ${relative(process.cwd(), out) || out} (${files} files, ${Math.round(archive.length / 1024)} kB, coalition-embed ${settings.version})`,
  );
} finally {
  rmSync(staging, { recursive: true, force: true });
}
