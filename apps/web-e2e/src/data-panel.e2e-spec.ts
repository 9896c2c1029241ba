import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { openGraph } from './support/graph-page';
import { DEMO_ENTREPRENEUR, graphql, startBuiltServer, type RunningServer } from './support/koppel-server';
import { requireBuilds, screenshotDir } from './support/workspace';

/**
 * The "Gegevens" panel in a real browser against the real, built server: a coordinator takes
 * the graph out as downloads and brings new entrepreneurs in from CSV files picked in the page;
 * a refused file lists its problems and writes nothing; other accounts do not see the panel.
 */

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

const nodeCount = async () => (await graphql<{ graphStats: { totalNodes: number } }>(server.baseUrl, '{ graphStats { totalNodes } }')).graphStats.totalNodes;

/** Clicks an export button and collects the `count` downloads it starts; fails naming what came. */
async function downloadsOf(page: Page, format: string, count: number, timeoutMs = 30_000): Promise<Download[]> {
  const downloads: Download[] = [];
  let take: (download: Download) => void = () => undefined;
  const all = new Promise<Download[]>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${downloads.length} of ${count} downloads arrived: ${downloads.map((d) => d.suggestedFilename()).join(', ')}`)),
      timeoutMs,
    );
    take = (download) => {
      downloads.push(download);
      if (downloads.length === count) {
        clearTimeout(timer);
        resolve(downloads);
      }
    };
    page.on('download', take);
  });
  await page.getByTestId(`export-${format}`).click();
  try {
    return await all;
  } finally {
    page.off('download', take);
  }
}

const contentOf = async (download: Download) => readFileSync(await download.path(), 'utf8');

/** A file as the file picker hands it to the page. */
const csvFile = (name: string, lines: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });

describe('the data panel', () => {
  it('downloads the whole graph as JSON, with every node the API holds', async () => {
    const page = await openGraph(browser, server.baseUrl);
    const [download] = await downloadsOf(page, 'JSON', 1);

    expect(download.suggestedFilename()).toBe('koppel-graph.json');
    const graph = JSON.parse(await contentOf(download)) as { nodes: { id: string }[] };
    expect(graph.nodes.length).toBe(await nodeCount());
    await page.getByTestId('export-done').waitFor();
    await page.close();
  });

  it('downloads every CSV file of the export, one per kind and the relationships', async () => {
    const page = await openGraph(browser, server.baseUrl);
    const { exportGraph } = await graphql<{ exportGraph: { files: { name: string }[] } }>(
      server.baseUrl,
      '{ exportGraph(format: CSV) { files { name } } }',
    );

    const downloads = await downloadsOf(page, 'CSV', exportGraph.files.length);

    expect(downloads.map((download) => download.suggestedFilename()).sort()).toEqual(exportGraph.files.map((file) => file.name).sort());
    const relationships = downloads.find((download) => download.suggestedFilename() === 'relationships.csv');
    expect((await contentOf(relationships!)).split('\n')[0]).toMatch(/^type,from,to,/);
    await page.close();
  });

  it('imports CSV files picked in the page, reports what it wrote and draws the new entrepreneurs', async () => {
    const page = await openGraph(browser, server.baseUrl);
    const before = await nodeCount();

    await page.getByTestId('import-files').setInputFiles([
      csvFile('entrepreneurs.csv', [
        'id,name,municipality,enterpriseKind,stage,themes',
        'ent-web-import-a,Webimport Fietsen,groningen,SOCIAL,STARTUP,CIRCULAR_ECONOMY',
        'ent-web-import-b,"Webimport Kaas, Dokkum",noardeast-fryslan,CONSTRUCTIVE,SCALEUP,FOOD',
      ]),
      csvFile('relationships.csv', ['type,from,to,strength', 'KNOWS,ent-web-import-a,ent-web-import-b,0.7']),
    ]);
    await page.getByTestId('import-submit').click();

    const report = page.getByTestId('import-report');
    await report.waitFor();
    await expect(report.textContent()).resolves.toMatch(/2 stakeholders en 1 relatie/);
    await expect(nodeCount()).resolves.toBe(before + 2);
    // The graph view loads again in place: the new nodes appear on the canvas and in the count.
    await page.waitForFunction(() => window.koppelGraph?.getElementById('ent-web-import-b').nonempty() === true);
    await expect(page.evaluate(() => window.koppelGraph?.getElementById('ent-web-import-b').data('label'))).resolves.toBe(
      'Webimport Kaas, Dokkum',
    );
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="node-count"]')?.textContent === expected,
      `${(before + 2).toLocaleString('nl-NL')} stakeholders`,
    );
    // Reloaded in place, not from scratch: the panel still shows its report.
    await expect(report.isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('lists the bad row of a refused file, field and reason, and writes nothing of it', async () => {
    const page = await openGraph(browser, server.baseUrl);
    const before = await nodeCount();

    await page.getByTestId('import-files').setInputFiles([
      csvFile('entrepreneurs.csv', [
        'id,name,municipality,enterpriseKind,stage',
        'ent-web-refused-a,Geweigerd Goed,groningen,SOCIAL,STARTUP',
        'ent-web-refused-b,Geweigerd Fout,Groningn,CONSTRUCTIVE,SCALEUP',
      ]),
    ]);
    await page.getByTestId('import-submit').click();

    await page.getByTestId('import-refused').waitFor();
    await expect(page.getByTestId('import-issue').allTextContents()).resolves.toEqual([
      "entrepreneurs.csv line 3: municipality: unknown municipality 'Groningn'; did you mean 'groningen'?",
    ]);
    await expect(nodeCount()).resolves.toBe(before);
    await expect(page.evaluate(() => window.koppelGraph?.getElementById('ent-web-refused-a').empty())).resolves.toBe(true);
    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: join(screenshotDir, 'data-panel-refused.png') });
    await page.close();
  });

  it('says which picked files cannot be imported together, before sending anything', async () => {
    const page = await openGraph(browser, server.baseUrl);
    await page.getByTestId('import-files').setInputFiles([
      { name: 'graaf.json', mimeType: 'application/json', buffer: Buffer.from('{}') },
      csvFile('funds.csv', ['id,name']),
    ]);

    await expect(page.getByTestId('import-selection-problem').textContent()).resolves.toMatch(/één JSON-bestand/);
    await expect(page.getByTestId('import-submit').isDisabled()).resolves.toBe(true);
    await page.close();
  });

  it('is not there for an entrepreneur', async () => {
    const page = await openGraph(browser, server.baseUrl, DEMO_ENTREPRENEUR);

    await page.getByTestId('legend').waitFor();
    await expect(page.getByTestId('data-panel').count()).resolves.toBe(0);
    await expect(page.getByTestId('export-JSON').count()).resolves.toBe(0);
    await page.close();
  });
});
