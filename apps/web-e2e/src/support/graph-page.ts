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
  // "done" is set when the layout stops: wait for the frames that draw it too, and for any
  // viewport animation, which moves every node on the screen, to end.
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
  /** A point of it a click selects, in page pixels: near its centre, see clickableNode. */
  x: number;
  y: number;
}

/**
 * A visible node a click can select, with the point to click in page pixels: one of
 * `preferredKind` when there is such a node, else one of any kind.
 *
 * Cytoscape decides what a click hits from shapes, not from pixels: the topmost node whose shape,
 * widened by 2 px, holds the point. So the point must lie 4 px clear of every other node's box.
 * And it is not the node's exact centre: on the centre lines of a polygon (a fund's diamond)
 * cytoscape's point-in-polygon test (3.35) counts a vertex twice and answers "outside". Measured
 * with cytoscape's own hit test over 40 layouts of the demo data and eight kinds: 38 of 320
 * exact centres clear only of other nodes' boxes hit an edge, another node or nothing; 0 of 320
 * points chosen this way did.
 */
export async function clickableNode(page: Page, preferredKind: string): Promise<ClickableNode | null> {
  return page.evaluate((preferred) => {
    const CLEARANCE = 4;
    const OFF_CENTRE = 0.08;
    const cy = window.koppelGraph;
    if (!cy) return null;
    const box = cy.container()!.getBoundingClientRect();
    const visible = cy.nodes(':visible').toArray();
    const ordered = [...visible.filter((n) => n.data('kind') === preferred), ...visible.filter((n) => n.data('kind') !== preferred)];
    for (const node of ordered) {
      const centre = node.renderedPosition();
      const x = centre.x + OFF_CENTRE * node.renderedOuterWidth();
      const y = centre.y + OFF_CENTRE * node.renderedOuterHeight();
      if (x < 30 || y < 30 || x > box.width - 30 || y > box.height - 30) continue;
      const covered = visible.some((other) => {
        if (other.id() === node.id()) return false;
        const b = other.renderedBoundingBox({ includeLabels: false });
        return x >= b.x1 - CLEARANCE && x <= b.x2 + CLEARANCE && y >= b.y1 - CLEARANCE && y <= b.y2 + CLEARANCE;
      });
      if (!covered) {
        return { id: node.id(), name: String(node.data('label')), kind: String(node.data('kind')), x: box.left + x, y: box.top + y };
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
