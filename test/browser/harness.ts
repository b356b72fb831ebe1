// Browser-test harness: Debian's Chromium through playwright-core, with every page watched for
// script errors, dialogs, CSP violations and the flag a hostile article would set if it ever ran.
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.DYAD_CHROMIUM ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** What went wrong on a page; a clean page leaves every list empty. */
export interface PageProblems {
  errors: string[];
  dialogs: string[];
  cspViolations: string[];
}

export interface WatchedPage {
  page: Page;
  problems: PageProblems;
  /** Navigates to "#/..." and waits until the view says it has drawn what it fetched. */
  show(hash: string): Promise<void>;
  /** The global a hostile article's script would set (undefined while inert). */
  pwned(): Promise<unknown>;
}

export async function openDashboard(browser: Browser, baseUrl: string): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: PageProblems = { errors: [], dialogs: [], cspViolations: [] };
  page.on('pageerror', (err) => problems.errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.errors.push(msg.text());
  });
  page.on('dialog', (dialog) => {
    problems.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Injected by the browser itself, so it runs despite the page's CSP; it only records.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.setDefaultTimeout(10_000);
  await page.goto(baseUrl);
  await page.waitForSelector('#view[data-ready="true"]');
  const watched: WatchedPage = {
    page,
    problems,
    async show(hash) {
      await page.evaluate((h) => {
        document.getElementById('view')!.dataset.ready = 'false';
        // Setting the same hash fires no event; re-render anyway so every call waits for fresh data.
        if (location.hash === h) window.dispatchEvent(new HashChangeEvent('hashchange'));
        else location.hash = h;
      }, hash);
      await page.waitForSelector('#view[data-ready="true"]');
      problems.cspViolations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.slice());
    },
    pwned: () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
  };
  return watched;
}
