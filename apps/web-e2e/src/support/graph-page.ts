import type { Browser, Page } from 'playwright-core';
import { DEMO_COORDINATOR } from './koppel-server';

/** Fills in and sends the sign-in form of a page that shows it. */
export async function signInOnPage(page: Page, { email, password }: { email: string; password: string }): Promise<void> {
  await page.waitForSelector('[data-testid="sign-in-form"]');
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', password);
  await page.click('[data-testid="sign-in-form"] button[type="submit"]');
}

/** The app in a fresh page, signed in (as the demo coordinator unless told), once the graph is drawn and laid out. */
export async function openGraph(
  browser: Browser,
  baseUrl: string,
  account: { email: string; password: string } = DEMO_COORDINATOR,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(baseUrl);
  await signInOnPage(page, account);
  try {
    await page.waitForSelector('.graph-canvas[data-layout-state="done"]', { timeout: 60_000 });
  } catch (error) {
    throw new Error(`The graph did not appear (${String(error)}). Page errors: ${problems.join('; ') || 'none'}`);
  }
  // "done" is set when the layout stops, before the canvas has drawn the final positions: a
  // click aimed at a node before that can miss it, as Cytoscape tests a click against what it drew.
  await viewSettled(page);
  return page;
}

/** Resolves once the canvas has drawn at least twice and no viewport animation is running. */
export function viewSettled(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const check = () => (window.koppelGraph?.animated() ? setTimeout(check, 50) : resolve());
        requestAnimationFrame(() => requestAnimationFrame(check));
      }),
  );
}

export interface ClickableNode {
  id: string;
  name: string;
  kind: string;
  /** Its centre in page pixels. */
  x: number;
  y: number;
}

/**
 * A visible node whose centre no other node covers, with its position in page pixels: one of
 * `preferredKind` when there is such a node, else one of any kind.
 */
export async function clickableNode(page: Page, preferredKind: string): Promise<ClickableNode | null> {
  return page.evaluate((preferred) => {
    const cy = window.koppelGraph;
    if (!cy) return null;
    const box = cy.container()!.getBoundingClientRect();
    const visible = cy.nodes(':visible').toArray();
    const ordered = [...visible.filter((n) => n.data('kind') === preferred), ...visible.filter((n) => n.data('kind') !== preferred)];
    for (const node of ordered) {
      const p = node.renderedPosition();
      if (p.x < 30 || p.y < 30 || p.x > box.width - 30 || p.y > box.height - 30) continue;
      const covered = visible.some((other) => {
        if (other.id() === node.id()) return false;
        const b = other.renderedBoundingBox({ includeLabels: false });
        return p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2;
      });
      if (!covered) {
        return { id: node.id(), name: String(node.data('label')), kind: String(node.data('kind')), x: box.left + p.x, y: box.top + p.y };
      }
    }
    return null;
  }, preferredKind);
}

/** A clickable node of exactly this kind; fails when there is none. */
export async function clickableNodeOfKind(page: Page, kind: string): Promise<ClickableNode> {
  const node = await clickableNode(page, kind);
  if (!node || node.kind !== kind) throw new Error(`No ${kind} on the canvas could be clicked without hitting another node`);
  return node;
}

/** Clicks a node on the canvas and waits for its detail panel. */
export async function clickNode(page: Page, node: ClickableNode): Promise<void> {
  await page.mouse.click(node.x, node.y);
  await page.waitForFunction((id) => document.querySelector('[data-testid="detail-panel"]')?.getAttribute('data-node-id') === id, node.id);
}
