import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { formatCount, nameOrder, shortTime } from '../src/core/formats.js';
import { Messages, wordsFor } from '../src/core/i18n.js';
import cy from '../src/core/words/cy.js';
import fr from '../src/core/words/fr.js';
import de from '../src/core/words/de.js';
import es from '../src/core/words/es.js';
import ar from '../src/core/words/ar.js';
import { common } from '../src/core/messages.js';
import { bannerMessages } from '../src/campaign-banner/messages.js';
import { counterMessages } from '../src/petition-counter/messages.js';
import { quickExitMessages } from '../src/quick-exit/messages.js';
import { shareMessages } from '../src/share-bar/messages.js';
import { wallMessages } from '../src/supporter-wall/messages.js';

const LANGUAGES = ['en', 'cy', 'fr', 'de', 'es', 'ar'];
const catalogues: Record<string, Messages<string>> = {
  common,
  'campaign-banner': bannerMessages,
  'petition-counter': counterMessages,
  'quick-exit': quickExitMessages,
  'share-bar': shareMessages,
  'supporter-wall': wallMessages,
};
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('languages', () => {
  for (const [name, messages] of Object.entries(catalogues)) {
    it(`${name}: every language has every key, with the same placeholders`, async () => {
      expect(Messages.languages.sort()).to.deep.equal([...LANGUAGES].sort());
      for (const lang of LANGUAGES.slice(1)) {
        await wordsFor(lang);
        const words = messages.catalogueFor(lang);
        // Beyond English's keys, a language may have a word for each form of a count its plural
        // rules name (`signatures.two` in Welsh), where English has one only for "one".
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        const forms = Object.keys(words).filter((key) => !(key in messages.en));
        for (const key of forms) {
          const [base, form] = key.split('.');
          expect(base in messages.en && `${base}.one` in messages.en, `${name} ${lang} ${key}: a form of a counted word`).to.equal(true);
          expect(categories, `${name} ${lang} ${key}: a form of the language's plural rules`).to.include(form);
        }
        const keys = Object.keys(words).filter((key) => !forms.includes(key));
        expect(keys.sort(), `${name} ${lang}: the keys of English`).to.deep.equal(Object.keys(messages.en).sort());
        for (const [key, english] of Object.entries(messages.en)) {
          const translated = words[key];
          expect(translated, `${name} ${lang} ${key}`).to.be.a('string').and.not.equal('');
          expect(placeholders(translated!), `${name} ${lang} ${key} placeholders`).to.deep.equal(placeholders(english));
        }
      }
    });
  }

  it('has words only for catalogues that exist', () => {
    const names = Object.values(catalogues).map((messages) => messages.name);
    for (const [lang, words] of Object.entries({ cy, fr, de, es, ar }))
      expect(Object.keys(words).sort(), lang).to.deep.equal([...names].sort());
  });

  it('writes every element’s own words in the visitor’s language', async () => {
    const wrap = await fixture(
      html`<div lang="de">
        <share-bar networks="copy"></share-bar>
        <supporter-wall><img alt="Example Trust" src="/tests/fixtures/supporter-wall/square.svg" /></supporter-wall>
        <petition-counter count="1234" href="https://example.org/sign"></petition-counter>
        <campaign-banner headline="Hallo" cta-href="https://example.org/" dismissible></campaign-banner>
      </div>`,
    );
    const root = (tag: string) => wrap.querySelector(tag)!.shadowRoot!;
    await Promise.all([...wrap.children].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    expect(root('share-bar').textContent).to.contain('Teilen').and.contain('Link kopieren');
    expect(root('supporter-wall').textContent).to.contain('Unterstützt von');
    expect(root('petition-counter').textContent).to.contain('1.234').and.contain('Unterschriften').and.contain('Petition unterschreiben');
    expect(root('campaign-banner').textContent).to.contain('Mehr erfahren');
    expect(
      root('campaign-banner').querySelector('[part="close"]')!.getAttribute('aria-label') ??
        root('campaign-banner').querySelector('[part="close"]')!.textContent,
    ).to.contain('Schließen');
  });

  it('writes whole numbers as the browser’s own Intl does, without building one for our languages', () => {
    for (const lang of ['en', 'en-GB', 'en-US', 'cy', 'cy-GB', 'fr', 'fr-FR', 'de', 'de-DE', 'es', 'es-ES', 'ar', 'it', 'hi']) {
      for (const n of [0, 5, 950, 9500, 18342, 118342, 1234567, 999999999999]) {
        expect(formatCount(lang, n), `${lang} ${n}`).to.equal(new Intl.NumberFormat([lang, 'en']).format(n));
      }
      expect(formatCount(lang, 118342, 'compact')).to.equal(new Intl.NumberFormat([lang, 'en'], { notation: 'compact' }).format(118342));
    }
  });
});

/** Runs `write` with Intl's formatters and collator unbuildable: it must not construct one. */
function withoutIntl<T>(write: () => T): T {
  const kept = { NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat, Collator: Intl.Collator };
  const refuse = (name: string) =>
    function () {
      throw new Error(`built an Intl.${name}`);
    };
  Object.assign(Intl, { NumberFormat: refuse('NumberFormat'), DateTimeFormat: refuse('DateTimeFormat'), Collator: refuse('Collator') });
  try {
    return write();
  } finally {
    Object.assign(Intl, kept);
  }
}

/** The same numbers on every run: a failure names values that fail again. */
function seeded(seed: number) {
  return () => (seed = (seed * 48271) % 2147483647) / 2147483647;
}

describe('English without Intl', () => {
  it('writes compact and long counts in US English as the browser’s Intl does, without building one', () => {
    // Every rounding edge: each one to three leading digits at each power of ten, the half-way
    // point after it, a unit either side of both; then counts spread evenly over the magnitudes.
    const counts = new Set([0, 1, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1]);
    for (let power = 0; power <= 15; power++)
      for (let lead = 1; lead < 1000; lead++)
        for (const edge of [lead * 10 ** power, lead * 10 ** power + 10 ** power / 2])
          for (const count of [edge - 1, edge, edge + 1]) if (Number.isSafeInteger(count) && count >= 0) counts.add(count);
    const random = seeded(22);
    for (let i = 0; i < 20000; i++) counts.add(Math.floor(10 ** (random() * Math.log10(Number.MAX_SAFE_INTEGER))));
    for (const lang of ['en', 'en-US', 'EN-us']) {
      for (const [notation, options] of [
        ['compact', { notation: 'compact' }],
        ['long', { notation: 'compact', compactDisplay: 'long' }],
      ] as const) {
        const intl = new Intl.NumberFormat([lang, 'en'], options);
        const expected = [...counts].map((count) => intl.format(count));
        const ours = withoutIntl(() => [...counts].map((count) => formatCount(lang, count, notation)));
        const wrong = [...counts].flatMap((count, i) => (ours[i] === expected[i] ? [] : [`${count}: ${ours[i]}, not ${expected[i]}`]));
        expect(wrong.slice(0, 10), `${lang} ${notation}: ${wrong.length} of ${counts.size} differ`).to.deep.equal([]);
      }
    }
    expect(withoutIntl(() => [118342, 999950, 14e6].map((count) => formatCount('en', count, 'compact')))).to.deep.equal([
      '118K',
      '1M',
      '14M',
    ]);
  });

  it('leaves other languages’, British English’s and unusual numbers’ compact counts to Intl', () => {
    // Welsh is Intl's too, with our words for large numbers (its own test, in petition-counter.test.ts).
    for (const lang of ['en-GB', 'en-IN', 'en-US-u-nu-arab', 'fr', 'de', 'es', 'ar'])
      for (const count of [950, 118342, 1234567, 14e6])
        for (const notation of ['compact', 'long'] as const)
          expect(formatCount(lang, count, notation), `${lang} ${count} ${notation}`).to.equal(
            new Intl.NumberFormat(
              [lang, 'en'],
              notation === 'long' ? { notation: 'compact', compactDisplay: 'long' } : { notation },
            ).format(count),
          );
    for (const count of [-118342, 1180.5, 2 ** 53, Infinity])
      expect(formatCount('en', count, 'compact'), `${count}`).to.equal(
        new Intl.NumberFormat(['en', 'en'], { notation: 'compact' }).format(count),
      );
  });

  it('writes the time of day as the browser’s Intl does in US and British English, without building a formatter', () => {
    // Every minute of a day, and of the days the page's clocks change (in its own time zone).
    const times: number[] = [];
    for (const day of [Date.UTC(2026, 0, 1), Date.UTC(2026, 2, 29), Date.UTC(2026, 9, 25), Date.UTC(2026, 2, 8), Date.UTC(2026, 10, 1)])
      for (let minute = -12 * 60; minute < 36 * 60; minute++) times.push(day + minute * 60_000 + 17_000);
    for (const lang of ['en', 'en-US', 'en-gb', 'EN-GB']) {
      const intl = new Intl.DateTimeFormat([lang, 'en'], { timeStyle: 'short' });
      const expected = times.map((time) => intl.format(time));
      const ours = withoutIntl(() => times.map((time) => shortTime(lang, time)));
      const wrong = times.flatMap((time, i) =>
        ours[i] === expected[i] ? [] : [`${new Date(time).toString()}: ${ours[i]}, not ${expected[i]}`],
      );
      expect(wrong.slice(0, 10), `${lang}: ${wrong.length} differ`).to.deep.equal([]);
    }
    for (const lang of ['fr', 'de', 'cy', 'es', 'ar', 'en-AU', 'en-CA'])
      expect(shortTime(lang, times[900])).to.equal(new Intl.DateTimeFormat([lang, 'en'], { timeStyle: 'short' }).format(times[900]));
  });

  it('orders plain ASCII names in English as the browser’s collator does, without building one', () => {
    const collator = new Intl.Collator(['en', 'en'], { sensitivity: 'base', ignorePunctuation: true });
    const ignored = ' !"#%&\'()*,-./:;?@[\\]_{}';
    const random = seeded(7);
    const pick = (from: string) => from[Math.floor(random() * from.length)];
    const names = [
      "Barnardo's",
      "The Children's Society",
      'NSPCC',
      'nspcc',
      'a-b',
      'ab',
      'AB',
      'a b',
      '_a',
      'a_',
      '9',
      '10',
      'x9',
      'x10',
      '',
      ' ',
      '(',
      'Z',
      'z0',
    ];
    for (let i = 0; i < 300; i++) {
      let name = '';
      for (let length = Math.floor(random() * 7); length > 0; length--) name += pick(random() < 0.3 ? ignored : 'aAbBmyzZ0159');
      names.push(name);
    }
    const ours = withoutIntl(() => nameOrder('en', names));
    const wrong = names.flatMap((a) =>
      names.flatMap((b) =>
        Math.sign(ours(a, b)) === Math.sign(collator.compare(a, b)) ? [] : [`${JSON.stringify(a)} ${JSON.stringify(b)}`],
      ),
    );
    expect(wrong.slice(0, 10), `${wrong.length} pairs differ`).to.deep.equal([]);
    for (const lang of ['en-GB', 'en-us'])
      expect(withoutIntl(() => [...names].sort(nameOrder(lang, names)))).to.deep.equal([...names].sort(collator.compare));
    // Each printable ASCII character in names of its own: one we take for ignored and the
    // collator does not (or the reverse) puts some pair in another order.
    for (let code = 32; code < 127; code++) {
      const c = String.fromCharCode(code);
      const around = [c, `${c}a`, `a${c}`, `a${c}b`, `A${c}B`, `${c}${c}`, 'ab', 'a', 'b', '0', 'z', ''];
      const order = nameOrder('en', around);
      const differ = around.flatMap((a) =>
        around.filter((b) => Math.sign(order(a, b)) !== Math.sign(collator.compare(a, b))).map((b) => `${a} ${b}`),
      );
      expect(differ, JSON.stringify(c)).to.deep.equal([]);
    }
  });

  it('leaves names beyond plain ASCII, and other languages’ names, to the collator', () => {
    const lists: Array<[lang: string, names: string[]]> = [
      ['en', ['b', 'Á', 'a']],
      ['en', ['$money', 'money', '+plus', '~tilde', '`grave', '^caret', '<less', '=equal', '>more', '|bar', '2']],
      ['cy', ['Ysgol', 'Llan', 'Lyn', 'Chwarae', 'Cymru', 'Dduw', 'Dewi']],
      ['de', ['Zoë', 'Zoe', 'Äpfel', 'Apfel', 'Bären']],
    ];
    for (const [lang, names] of lists) {
      const collator = new Intl.Collator([lang, 'en'], { sensitivity: 'base', ignorePunctuation: true });
      expect([...names].sort(nameOrder(lang, names)), `${lang} ${names.join(' ')}`).to.deep.equal([...names].sort(collator.compare));
    }
  });
});
