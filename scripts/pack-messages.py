# One-off helper: rewrites `new Messages({en}, { xx: {k: 'v'} })` catalogues into packed strings.
import re, sys
for path in sys.argv[1:]:
    src = open(path).read()
    m = re.search(r"new Messages(?:<[^>]*>)?\(\s*(\{.*?\n?\s*\}),\s*\{(.*)\}\s*,?\s*\);", src, re.S)
    if not m:
        print('skip', path); continue
    en_block, tr_block = m.group(1), m.group(2)
    pair = re.compile(r"(\w+):\s*('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`)")
    keys = [k for k, _ in pair.findall(en_block)]
    token = re.compile(r"(\w+):\s*(\{)|(\w+):\s*('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")")
    langs = []
    for t in token.finditer(tr_block):
        if t.group(2): langs.append((t.group(1), {}))
        else: langs[-1][1][t.group(3)] = t.group(4)
    out = []
    for lang, vals in langs:
        parts = []
        for k in keys:
            v = vals.get(k)
            if v is None: parts.append(''); continue
            v = v[1:-1]
            assert '|' not in v, (path, k)
            parts.append(v)
        joined = '|'.join(parts).replace("'", "\\'") if False else '|'.join(parts)
        out.append(f"    {lang}: '{joined}',")
    new = src[:m.start()] + "new Messages(\n  " + en_block.strip() + ",\n  {\n" + "\n".join(out) + "\n  },\n);" + src[m.end():]
    open(path, 'w').write(new)
    print('packed', path, len(keys), 'keys', len(langs), 'langs')
