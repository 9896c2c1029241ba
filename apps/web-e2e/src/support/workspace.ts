import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the built artefacts this suite drives live. It builds nothing itself. */
export const workspaceRoot = resolve(__dirname, '../../../..');
export const builtApiMain = join(workspaceRoot, 'dist/apps/api/apps/api/src/main.js');
export const builtWebDir = join(workspaceRoot, 'dist/apps/web');
export const screenshotDir = join(workspaceRoot, 'dist/screenshots');

/** Fails with a message that says what to build, instead of a confusing timeout later. */
export function requireBuilds(): void {
  const missing = [
    [builtApiMain, 'the API (npx nx build api)'],
    [join(builtWebDir, 'index.html'), 'the web app (npx nx build web)'],
  ].filter(([file]) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `web-e2e drives the built app, but it is not built: ${missing
        .map(([file, what]) => `${file} is missing, build ${what}`)
        .join('; ')}. \`npm test\` and \`npx nx test web-e2e\` build it first.`,
    );
  }
}
