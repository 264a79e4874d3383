import { Messages, primary } from '../core/i18n.js';

/**
 * `{source}` in `trust` becomes the source links. `signatures.one` is the word for a count of 1
 * (in other languages, for their "one" form, and `signatures.two`, `signatures.few`… where their
 * plural rules have such forms and the word changes); `signatures` is every other count's.
 */
export const counterMessages = new Messages('counter', {
  signatures: 'signatures',
  'signatures.one': 'signature',
  needed: '{n} more needed to reach {goal}',
  reached: 'Goal of {goal} reached',
  sign: 'Sign the petition',
  trust: 'Source: {source}, updated {time}',
  cite: 'Source: {name}',
});

/**
 * The word after a count of `n`: "1 signature", "2 signatures"; in Welsh "2 lofnod", in Arabic the
 * singular after a round 14 million. English needs no Intl (its one form is 1 exactly), and where
 * a language's words are not here its count is written in English, by English's rule. Plural rules
 * cost about 25 µs to build, little beside a frame of the counter's animation, which asks each time.
 */
export const signaturesFor = (lang: string, n: number): string =>
  (primary(lang) != 'en' &&
    (counterMessages.catalogueFor(lang) as Record<string, string>)[`signatures.${new Intl.PluralRules(lang).select(n)}`]) ||
  counterMessages.t(lang, n == 1 ? 'signatures.one' : 'signatures');
