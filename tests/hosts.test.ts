import { expect } from '@open-wc/testing';
import { until } from './helpers.js';

interface HostReport {
  errors: string[];
  rejections: string[];
  consoleErrors: string[];
  warnings: string[];
  violations: string[];
}
type HostWindow = Window & { hostReport: HostReport; customElements: CustomElementRegistry };

/** Loads a host page in a frame of the given width. */
async function load(name: string, width = 1000): Promise<{ win: HostWindow; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:900px;border:0`;
  frame.src = `/tests/hosts/${name}.html`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return { win: frame.contentWindow as HostWindow, doc: frame.contentDocument!, frame };
}

/** Loads a host page and waits until all four widgets have rendered. */
async function host(name: string, width = 1000): Promise<{ win: HostWindow; doc: Document; frame: HTMLIFrameElement }> {
  const { win, doc, frame } = await load(name, width);
  await until(
    () => /118|١١٨/.test(doc.querySelector('petition-counter')?.shadowRoot?.querySelector('[part="number"]')?.textContent ?? ''),
    `${name}: count shown`,
  );
  await until(() => doc.querySelector('supporter-wall')?.shadowRoot?.querySelector('li'), `${name}: wall shown`);
  return { win, doc, frame };
}

const shadow = (doc: Document, tag: string) => doc.querySelector(tag)!.shadowRoot!;

function expectClean(report: HostReport) {
  expect(report.errors, 'uncaught errors').to.deep.equal([]);
  expect(report.rejections, 'unhandled rejections').to.deep.equal([]);
  expect(report.consoleErrors, 'console errors').to.deep.equal([]);
  expect(report.violations, 'CSP violations').to.deep.equal([]);
  expect(
    report.warnings.filter((w) => w.includes('[coalition-embed]')),
    'our warnings',
  ).to.deep.equal([]);
}

/** What a visitor must see from each widget, whatever the host did to the page. */
function expectRendered(doc: Document, { shareBar = true } = {}) {
  expect(shadow(doc, 'campaign-banner').textContent).to.contain('Safer by design');
  const cta = shadow(doc, 'campaign-banner').querySelector<HTMLAnchorElement>('a[href^="https://example.org/sign"]');
  expect(cta, 'call to action').to.exist;
  expect(shadow(doc, 'petition-counter').querySelector('[part="number"]')!.textContent).to.match(/118|١١٨/);
  if (shareBar) expect(shadow(doc, 'share-bar').querySelectorAll('[part="control"]')).to.have.length(6);
  const names = [...shadow(doc, 'supporter-wall').querySelectorAll('li')].map(
    (li) => li.querySelector('img')?.alt ?? li.textContent!.trim(),
  );
  expect(names).to.deep.equal(['Example Trust', 'Example Network']);
  for (const tag of ['campaign-banner', 'petition-counter', 'share-bar', 'supporter-wall']) {
    const box = doc.querySelector(tag)!.getBoundingClientRect();
    expect(box.width * box.height, `${tag} is visible`).to.be.greaterThan(0);
  }
}

describe('hostile hosts', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('works under a strict Content-Security-Policy with no violation', async () => {
    const { win, doc } = await host('csp');
    expectClean(win.hostReport);
    expectRendered(doc);
  });

  it('works where Trusted Types are required, with only the coalition-embed policy', async () => {
    const { win, doc } = await host('trusted-types');
    expectClean(win.hostReport);
    expectRendered(doc);
  });

  it('defines each element once when the script is included twice', async () => {
    const { win, doc } = await host('twice');
    expectClean(win.hostReport);
    expectRendered(doc);
    expect(shadow(doc, 'share-bar').querySelectorAll('[part="list"]')).to.have.length(1);
  });

  it('leaves a host’s own element of the same name alone and renders the others', async () => {
    const { win, doc } = await host('foreign');
    expect(win.hostReport.errors).to.deep.equal([]);
    expect(win.hostReport.violations).to.deep.equal([]);
    expect(doc.querySelector('share-bar')!.textContent).to.equal('The host’s own share bar');
    expect(win.hostReport.warnings.filter((w) => w.includes('[coalition-embed]'))).to.deep.equal([
      '[coalition-embed] <share-bar> is already defined by another script; keeping that definition.',
    ]);
    expectRendered(doc, { shareBar: false });
  });

  it('keeps its own look under an aggressive global reset with !important rules', async () => {
    const { win, doc } = await host('aggressive-css');
    expectClean(win.hostReport);
    expectRendered(doc);
    const link = shadow(doc, 'share-bar').querySelector('a')!;
    expect(getComputedStyle(link).backgroundColor).not.to.equal('rgb(255, 255, 0)');
    expect(getComputedStyle(link).display).to.equal('inline-flex');
  });

  it('renders under a framework CSS reset', async () => {
    const { win, doc } = await host('framework-reset');
    expectClean(win.hostReport);
    expectRendered(doc);
  });

  it('survives old-style globals on built-in prototypes', async () => {
    const { win, doc } = await host('old-globals');
    expectClean(win.hostReport);
    expectRendered(doc);
  });

  it('works as an async script in the head, before the elements exist', async () => {
    const { win, doc } = await host('async-in-head');
    expectClean(win.hostReport);
    expectRendered(doc);
  });

  it('lays out right to left in Arabic at 320 px without overflowing', async () => {
    const { win, doc } = await host('rtl', 320);
    expectClean(win.hostReport);
    expectRendered(doc);
    expect(shadow(doc, 'share-bar').querySelector('[part="heading"]')!.textContent).to.equal('مشاركة');
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    const [first, second] = shadow(doc, 'share-bar').querySelectorAll('[part="control"]');
    expect(first.getBoundingClientRect().right).to.be.greaterThan(second.getBoundingClientRect().right);
  });

  it('works beside another Lit that owns the lit-html Trusted Types policy', async () => {
    const { win, doc } = await host('second-lit');
    expectClean(win.hostReport);
    expectRendered(doc);
  });

  it('works when included twice under Trusted Types', async () => {
    const { win, doc } = await host('twice-trusted-types');
    expectClean(win.hostReport);
    expectRendered(doc);
  });

  it('never shows, links or requests what a polluted Object.prototype carries', async () => {
    const { win, doc } = await host('polluted');
    expectClean(win.hostReport);
    const wall = shadow(doc, 'supporter-wall');
    await until(() => wall.textContent!.includes('Unlinked Supporter'), 'the campaign file’s supporter');
    const everything = ['campaign-banner', 'petition-counter', 'share-bar', 'supporter-wall'].map((tag) => shadow(doc, tag));
    for (const root of everything) {
      expect(root.textContent).not.to.contain('Polluted');
      for (const link of root.querySelectorAll('a, img')) {
        expect(link.getAttribute('href') ?? link.getAttribute('src')).not.to.contain('evil.example');
      }
    }
    // The supporter without a link in the file has none on the wall.
    const unlinked = [...wall.querySelectorAll('li')].find((li) => li.textContent!.includes('Unlinked Supporter'))!;
    expect(unlinked.querySelector('a')).to.equal(null);
    const requested = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((url) => url.includes('evil.example'))).to.deep.equal([]);
    expect(requested.some((url) => url.endsWith('/tests/hosts/campaign.json'))).to.equal(true);
  });

  it('renders every widget where the built-ins are frozen (SES-style lockdown)', async () => {
    const { win, doc } = await host('frozen');
    expectClean(win.hostReport);
    expectRendered(doc);
  });

  it('falls back and reports at 8 s when fetch never settles', async function () {
    this.timeout(20_000);
    const { win, doc } = await load('hung-fetch');
    await until(
      () => win.hostReport.warnings.some((w) => w.includes('<petition-counter>') && w.includes('did not answer within 8 s')),
      'the counter’s report',
      15_000,
    );
    expect(win.hostReport.errors).to.deep.equal([]);
    expect(win.hostReport.rejections).to.deep.equal([]);
    expect(shadow(doc, 'campaign-banner').textContent).to.contain('Safer by design');
  });

  it('leaves the page’s own content and throws nothing when built-ins are patched to throw', async () => {
    const { win, doc } = await load('patched-arrays');
    await until(() => win.hostReport.warnings.some((w) => w.includes('[coalition-embed]')), 'a console message');
    await new Promise((r) => setTimeout(r, 300));
    expect(
      win.hostReport.warnings.filter((w) => w.includes('[coalition-embed]')),
      'said once',
    ).to.have.length(1);
    expect(win.hostReport.errors, 'uncaught errors').to.deep.equal([]);
    expect(win.hostReport.rejections, 'unhandled rejections').to.deep.equal([]);
    // The wall's own light-DOM logos are what the visitor sees.
    expect(doc.querySelector('supporter-wall img')!.getBoundingClientRect().width).to.be.greaterThan(0);
  });
});
