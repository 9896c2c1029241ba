import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page, Request } from 'playwright-core';
import { launchChromium } from './support/browser';
import { clickableNodeOfKind, clickNode, openGraph } from './support/graph-page';
import { graphql, startBuiltServer, type RunningServer } from './support/koppel-server';
import { requireBuilds, screenshotDir } from './support/workspace';

/**
 * The "Suggesties" section of the detail panel, in a real browser against the built server and
 * the demo data: what an entrepreneur is advised, what clicking a suggestion does, what the API
 * is told was shown, and how a failure and an empty answer read.
 */

interface ApiSuggestions {
  suggestIntroductions: {
    suggestions: { target: { id: string; name: string }; reasons: { kind: string; sentence: { nl: string; en: string } }[] }[];
  };
}

const SUGGEST_INTRODUCTIONS = /* GraphQL */ `
  query ($subjectId: ID!, $limit: Int!) {
    suggestIntroductions(subjectId: $subjectId, limit: $limit) {
      suggestions {
        target {
          id
          name
        }
        reasons {
          kind
          sentence {
            nl
            en
          }
        }
      }
    }
  }
`;

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  requireBuilds();
  server = await startBuiltServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const askApi = async (subjectId: string, limit: number) =>
  (await graphql<ApiSuggestions>(server.baseUrl, SUGGEST_INTRODUCTIONS, { subjectId, limit })).suggestIntroductions.suggestions;

/** The GraphQL requests the page sends whose query contains `field`, with their variables. */
function watchRequests(page: Page, field: string): Record<string, unknown>[] {
  const seen: Record<string, unknown>[] = [];
  page.on('request', (request: Request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { query: string; variables?: Record<string, unknown> };
    if (body.query.includes(field)) seen.push(body.variables ?? {});
  });
  return seen;
}

const texts = async (within: Locator, testId: string) => (await within.getByTestId(testId).allTextContents()).map((text) => text.trim());

describe('suggestions in the detail panel', () => {
  it('recommends introductions to an entrepreneur with Dutch reasons, tells the API once what it showed, and selects a suggested target when clicked', async () => {
    const page = await openGraph(browser, server.baseUrl);
    const recorded = watchRequests(page, 'recordSuggestionsShown');

    const entrepreneur = await clickableNodeOfKind(page, 'Entrepreneur');
    // Asked before the page shows (and so reports) anything, which would change the ranking.
    const expected = await askApi(entrepreneur.id, 5);
    await clickNode(page, entrepreneur);
    const section = page.locator('[data-testid="suggestions"][data-state="ready"]');
    await section.waitFor();

    await expect(section.locator('h3').textContent()).resolves.toBe('Suggesties');
    await expect(section.locator('.suggestions-heading').textContent()).resolves.toBe('Aanbevolen introducties');
    const shownIds = await section.getByTestId('suggestion').evaluateAll((items) => items.map((item) => item.getAttribute('data-target-id')));
    expect(shownIds.length).toBeGreaterThanOrEqual(1);
    expect(shownIds).toEqual(expected.map((s) => s.target.id));

    // Each entry's reasons are the API's Dutch sentences for that target, never its English ones.
    const first = section.getByTestId('suggestion').first();
    const reasons = await texts(first, 'suggestion-reason');
    const sentences = expected[0].reasons.map((reason) => reason.sentence);
    expect(reasons.length).toBeGreaterThanOrEqual(1);
    expect(reasons.length).toBeLessThanOrEqual(3);
    for (const reason of reasons) {
      expect(sentences.map((s) => s.nl)).toContain(reason);
      expect(sentences.map((s) => s.en)).not.toContain(reason);
    }
    await expect(first.locator('.suggestion-confidence strong').textContent()).resolves.toMatch(/^(hoog|middel|laag)$/);
    mkdirSync(screenshotDir, { recursive: true });
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotDir, 'graph-suggestions.png') });

    // What was shown is reported once, and the API then counts it against those targets.
    await until(() => recorded.length > 0, 'the page to report what it showed');
    expect(recorded).toEqual([{ subjectId: entrepreneur.id, targetIds: shownIds }]);
    const afterwards = await askApi(entrepreneur.id, 50);
    for (const id of shownIds) {
      const again = afterwards.find((s) => s.target.id === id);
      if (again) expect(again.reasons.map((reason) => reason.kind)).toContain('IGNORED_BEFORE');
    }

    // A suggested target is a link into the graph: the panel switches to it and it is selected.
    const target = expected[0].target;
    await first.getByTestId('suggestion-target').click();
    await page.waitForFunction((id) => document.querySelector('[data-testid="detail-panel"]')?.getAttribute('data-node-id') === id, target.id);
    await expect(page.getByTestId('detail-name').textContent()).resolves.toBe(target.name);
    await expect(page.evaluate((id) => window.koppelGraph?.getElementById(id).hasClass('selected'), target.id)).resolves.toBe(true);
    expect(recorded.filter((variables) => variables['subjectId'] === entrepreneur.id)).toHaveLength(1);
    await page.close();
  });

  it('shows the server’s message when the suggestions fail, tries again on request, and says so when there are none', async () => {
    const page = await openGraph(browser, server.baseUrl);
    let answer: object = {
      data: null,
      errors: [{ message: 'De matching is even niet beschikbaar', extensions: { code: 'UNAVAILABLE' } }],
    };
    await page.route('**/graphql', (route) =>
      (route.request().postDataJSON() as { query: string }).query.includes('suggestIntroductions')
        ? route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(answer) })
        : route.continue(),
    );

    await clickNode(page, await clickableNodeOfKind(page, 'Entrepreneur'));
    const error = page.getByTestId('suggestions-error');
    await error.waitFor();
    const message = (await error.locator('p').textContent()) ?? '';
    expect(message).toBe('De suggesties konden niet worden geladen: De matching is even niet beschikbaar');

    answer = { data: { list: { suggestions: [] } } };
    await error.getByRole('button', { name: 'Opnieuw proberen' }).click();
    const empty = page.getByTestId('suggestions-empty');
    await empty.waitFor();
    await expect(empty.textContent()).resolves.toBe('Geen suggesties');
    await expect(page.getByTestId('suggestion').count()).resolves.toBe(0);
    await page.close();
  });
});

/** Polls `done` until it holds; fails after `timeoutMs` saying what it waited for. */
async function until(done: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
