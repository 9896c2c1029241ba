import react from '@vitejs/plugin-react';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The Koppel web app. Root is apps/web; the build lands in <workspace>/dist/apps/web, which the
 * API serves on `/`. In development Vite serves the app on 5173 and forwards the API's routes.
 */
const webRoot = dirname(fileURLToPath(import.meta.url));
const workspaceRoot = resolve(webRoot, '../..');
const domainSources = resolve(workspaceRoot, 'libs/domain/src');
const apiTarget = 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  resolve: {
    // The same alias tsconfig.base.json declares, so Dutch labels come from libs/domain, once.
    alias: { '@koppel/domain': resolve(domainSources, 'index.ts') },
  },
  build: {
    outDir: resolve(workspaceRoot, 'dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      // libs/domain is pure (no side effects at import), so what the web app does not use, such
      // as the validation schemas, stays out of the bundle.
      treeshake: { moduleSideEffects: (id: string) => !id.startsWith(domainSources) },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true },
      '/health': { target: apiTarget, changeOrigin: true },
      '/ready': { target: apiTarget, changeOrigin: true },
    },
  },
  preview: { port: 4173 },
});
