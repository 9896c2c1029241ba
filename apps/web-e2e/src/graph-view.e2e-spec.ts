import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import { clickableNode, openGraph as openGraphPage, signInOnPage, viewSettled } from './support/graph-page';
import { DEMO_COORDINATOR, graphql, startBuiltServer, type RunningServer } from './support/koppel-server';
import { requireBuilds, screenshotDir } from './support/workspace';

/**
 * The graph view in a real browser against the real, built server with the demo data. The
 * suite knows the app only from the outside: its page, its GraphQL API, and the cytoscape
 * instance it publishes read-only as `window.koppelGraph`.
 */

const DUTCH_KIND_LABELS = {
  Entrepreneur: 'Ondernemer',
  Network: 'Netwerk',
  Fund: 'Fonds',
  Purchaser: 'Inkoper',
  Municipality: 'Gemeente',
  Province: 'Provincie',
  KnowledgeInstitution: 'Kennisinstelling',
  SupportProgramme: 'Ondersteuningsprogramma',
  Person: 'Persoon',
  Event: 'Evenement',
} as const;

interface GraphStats {
  graphStats: { totalNodes: number; byKind: { kind: keyof typeof DUTCH_KIND_LABELS; count: number }[] };
}

let server: RunningServer;
let browser: Browser;
let stats: GraphStats['graphStats'];

beforeAll(async () => {
  requireBuilds();
  server = await startBuiltServer();
  browser = await launchChromium();
  stats = (await graphql<GraphStats>(server.baseUrl, '{ graphStats { totalNodes byKind { kind count } } }')).graphStats;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const openGraph = () => openGraphPage(browser, server.baseUrl);

describe('the graph view', () => {
  it('loads with its title and draws every node the API holds', async () => {
    const page = await openGraph();

    await expect(page.title()).resolves.toBe('Koppel — impact-ecosysteem Noord-Nederland');
    const drawn = await page.evaluate(() => window.koppelGraph?.nodes().length);
    expect(stats.totalNodes).toBeGreaterThan(0);
    expect(drawn).toBe(stats.totalNodes);

    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: join(screenshotDir, 'graph.png') });
    await page.close();
  });

  it('lists every kind in the legend in Dutch, with the count the API reports', async () => {
    const page = await openGraph();
    const legend = page.getByTestId('legend');

    for (const [kind, label] of Object.entries(DUTCH_KIND_LABELS)) {
      const row = legend.locator('li', { has: page.getByTestId(`kind-toggle-${kind}`) });
      await expect(row.locator('.legend-name').textContent()).resolves.toBe(label);
      const count = stats.byKind.find((entry) => entry.kind === kind)?.count ?? 0;
      await expect(row.locator('.legend-count').textContent()).resolves.toBe(count.toLocaleString('nl-NL'));
    }
    await page.close();
  });

  it('opens the detail panel of a node clicked on the canvas, and follows a relationship from it', async () => {
    const page = await openGraph();
    const target = await clickableNode(page, 'Fund');
    if (!target) throw new Error('No node on the canvas could be clicked without hitting another one');

    await page.mouse.click(target.x, target.y);

    const name = page.getByTestId('detail-name');
    await name.waitFor();
    await expect(name.textContent()).resolves.toBe(target.name);
    await expect(page.getByTestId('detail-panel').getAttribute('data-node-id')).resolves.toBe(target.id);
    await expect(page.evaluate((id) => window.koppelGraph?.getElementById(id).hasClass('selected'), target.id)).resolves.toBe(true);
    await viewSettled(page);
    await page.screenshot({ path: join(screenshotDir, 'graph-detail.png') });

    const link = page.getByTestId('relationship-link').first();
    const otherName = (await link.textContent())?.trim();
    await link.click();
    await page.waitForFunction((expected) => document.querySelector('[data-testid="detail-name"]')?.textContent === expected, otherName);
    await page.close();
  });

  it('finds a stakeholder by a name typed without accents or hyphens, shows its kind again when it was off, and selects it', async () => {
    const page = await openGraph();
    await page.getByTestId('kind-toggle-Municipality').uncheck();
    const search = page.getByRole('searchbox', { name: 'Zoeken' });
    const panelShows = (id: string) =>
      page.waitForFunction((want) => document.querySelector('[data-testid="detail-panel"]')?.getAttribute('data-node-id') === want, id);

    await search.fill('gemeente sudwest fryslan');
    const matches = page.getByTestId('search-match');
    await expect(matches.locator('.search-match-name').allTextContents()).resolves.toEqual([
      'Gemeente Súdwest-Fryslân',
      'Inkoop Gemeente Súdwest-Fryslân',
    ]);
    await page.screenshot({ path: join(screenshotDir, 'graph-search.png') });
    const municipality = (await matches.first().getAttribute('data-node-id')) as string;
    await matches.first().click();
    await panelShows(municipality);
    await expect(page.getByTestId('detail-name').textContent()).resolves.toBe('Gemeente Súdwest-Fryslân');
    await expect(page.getByTestId('kind-toggle-Municipality').isChecked()).resolves.toBe(true);
    await page.waitForFunction((id) => {
      const node = window.koppelGraph?.getElementById(id);
      return node !== undefined && node.visible() && node.hasClass('selected');
    }, municipality);
    await expect(search.inputValue()).resolves.toBe('');

    // Enter takes the first match; a name nobody has says so.
    await search.fill('RABO');
    await search.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid="detail-name"]')?.textContent === 'Rabo Foundation');
    await search.fill('triodos-nergens');
    await expect(page.locator('.search-empty').textContent()).resolves.toBe('Geen stakeholder met ‘triodos-nergens’ in de naam.');
    await page.close();
  });

  it('hides a kind when it is switched off in the legend, and shows it again', async () => {
    const page = await openGraph();
    const municipalities = stats.byKind.find((entry) => entry.kind === 'Municipality')?.count ?? 0;
    expect(municipalities).toBeGreaterThan(0);
    const visibleOf = () =>
      page.evaluate(() => {
        const cy = window.koppelGraph!;
        return { municipalities: cy.nodes('[kind = "Municipality"]:visible').length, all: cy.nodes(':visible').length };
      });
    /** The canvas follows the checkbox after React's next render: wait for it, then compare. */
    const untilVisible = async (expected: { municipalities: number; all: number }) => {
      await page
        .waitForFunction(
          (want) => {
            const cy = window.koppelGraph!;
            return (
              cy.nodes('[kind = "Municipality"]:visible').length === want.municipalities &&
              cy.nodes(':visible').length === want.all
            );
          },
          expected,
          { timeout: 5_000 },
        )
        .catch(() => undefined);
      return visibleOf();
    };

    await page.getByTestId('kind-toggle-Municipality').uncheck();
    const hidden = { municipalities: 0, all: stats.totalNodes - municipalities };
    await expect(untilVisible(hidden)).resolves.toEqual(hidden);

    await page.getByTestId('kind-toggle-Municipality').check();
    const shown = { municipalities, all: stats.totalNodes };
    await expect(untilVisible(shown)).resolves.toEqual(shown);
    await page.close();
  });

  it('says the server cannot be reached instead of showing a blank page, and recovers on retry', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // Signing in gets through; everything after it finds the server gone.
    await page.route('**/graphql', (route) =>
      route.request().postData()?.includes('signIn') ? route.continue() : route.abort('connectionrefused'),
    );

    await page.goto(server.baseUrl);
    await signInOnPage(page, DEMO_COORDINATOR);

    const error = page.getByTestId('load-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('niet bereikbaar');
    await expect(page.locator('.app-header h1').textContent()).resolves.toContain('Koppel');

    await page.unroute('**/graphql');
    await error.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.waitForSelector('.graph-canvas[data-layout-state="done"]', { timeout: 60_000 });
    await expect(page.evaluate(() => window.koppelGraph?.nodes().length)).resolves.toBe(stats.totalNodes);
    await page.close();
  });
});

describe('signing in', () => {
  const freshPage = () => browser.newPage({ viewport: { width: 1440, height: 900 } });

  it('refuses a wrong password with the server\'s message and stays on the form', async () => {
    const page = await freshPage();
    await page.goto(server.baseUrl);
    await signInOnPage(page, { email: DEMO_COORDINATOR.email, password: 'niet-het-wachtwoord' });
    const error = page.getByTestId('sign-in-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toBe('Aanmelden mislukt: e-mail or password is wrong');
    await expect(page.getByTestId('sign-in-form').isVisible()).resolves.toBe(true);
    await expect(page.locator('.graph-canvas').count()).resolves.toBe(0);
    await page.close();
  });

  it('signs in as the demo coordinator, shows who is signed in, keeps the session on reload, and signs out', async () => {
    const page = await openGraph();
    await expect(page.getByTestId('signed-in').textContent()).resolves.toContain(DEMO_COORDINATOR.email);
    await expect(page.evaluate(() => window.koppelGraph?.nodes().length)).resolves.toBe(stats.totalNodes);

    await page.reload();
    await page.waitForSelector('.graph-canvas[data-layout-state="done"]', { timeout: 60_000 });

    await page.getByTestId('signed-in').getByRole('button', { name: 'Afmelden' }).click();
    await page.getByTestId('sign-in-form').waitFor();
    await expect(page.evaluate(() => sessionStorage.length)).resolves.toBe(0);
    await page.close();
  });

  it('goes back to the form, saying why, when the server refuses the token (expired or unknown)', async () => {
    const page = await freshPage();
    await page.goto(server.baseUrl);
    const stale = { token: 'not.a-valid.token', expiresAt: new Date(Date.now() + 600_000).toISOString(), account: { email: DEMO_COORDINATOR.email, role: 'COORDINATOR', organisation: null } };
    await page.evaluate((session) => sessionStorage.setItem('koppel.session', JSON.stringify(session)), stale);
    await page.reload();
    const ended = page.getByTestId('session-ended');
    await ended.waitFor();
    await expect(ended.textContent()).resolves.toContain('token invalid: sign in again');
    await page.close();
  });
});
