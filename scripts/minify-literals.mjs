// A rollup plugin that squeezes the whitespace out of Lit's html`` and css`` templates before
// TypeScript sees them. Terser cannot: template text is data to it. Indentation is most of that
// text, and every byte ships to every visitor of every partner page.

const TAGS = new Set(['html', 'css', 'svg']);

function squeeze(text, tag) {
  if (tag === 'css') {
    return text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  }
  // In markup a run of whitespace with a line break renders as one space; keep exactly one.
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Copies code verbatim, rewriting tagged templates; stops at an unmatched `}` when nested. */
function scanCode(src, i, nested) {
  let out = '';
  let depth = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '/' && src[i + 1] === '/') {
      const end = src.indexOf('\n', i);
      const stop = end === -1 ? src.length : end;
      out += src.slice(i, stop);
      i = stop;
    } else if (c === '/' && src[i + 1] === '*') {
      const stop = src.indexOf('*/', i + 2) + 2;
      out += src.slice(i, stop);
      i = stop;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j + 1;
    } else if (c === '`') {
      const tag = /([A-Za-z_$][\w$]*)\s*$/.exec(out)?.[1];
      const [text, next] = scanTemplate(src, i + 1, TAGS.has(tag) ? tag : undefined);
      out += '`' + text + '`';
      i = next;
    } else if (c === '{') {
      depth++;
      out += c;
      i++;
    } else if (c === '}') {
      if (nested && depth === 0) return [out, i];
      depth--;
      out += c;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return [out, i];
}

function scanTemplate(src, i, tag) {
  let out = '';
  let chunk = '';
  const flush = () => {
    out += tag ? squeeze(chunk, tag) : chunk;
    chunk = '';
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      chunk += src.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      flush();
      return [out, i + 1];
    } else if (c === '$' && src[i + 1] === '{') {
      flush();
      const [expr, next] = scanCode(src, i + 2, true);
      out += '${' + expr + '}';
      i = next + 1;
    } else {
      chunk += c;
      i++;
    }
  }
  flush();
  return [out, i];
}

export function minifyLiterals() {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css|svg)\s*`/.test(code)) return null;
      return { code: scanCode(code, 0, false)[0], map: null };
    },
  };
}
