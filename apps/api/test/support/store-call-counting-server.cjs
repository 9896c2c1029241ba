// The built Koppel server on the embedded store, with every GraphStore method call counted.
// The app opens its own store, so the counter wraps the adapter's class methods; the store still
// does the work. GET /test/store-calls answers the counts since the last POST /test/store-calls/reset.
// Plain CommonJS over dist/: Nest is ESM-only and Jest cannot load it in-process on Node 20.
require('reflect-metadata');
const { join } = require('node:path');

const dist = join(__dirname, '../../../../dist/apps/api');
const { EmbeddedGraphStore } = require(join(dist, 'libs/graph-store/src/embedded/embedded-graph-store.js'));
const { loadConfig } = require(join(dist, 'apps/api/src/config/koppel-config.js'));
const { createApp } = require(join(dist, 'apps/api/src/create-app.js'));

// The adapter's private helpers (statements, storedNodes, ...) are not calls to the store.
const PORT_METHODS = new Set([
  'upsert', 'check', 'getNode', 'getNodes', 'findNodes', 'findNodesWithRelated', 'findRelationships', 'relationshipsOfMany',
  'getRelationship', 'deleteRelationship', 'neighbourhood', 'shortestPath', 'deleteNode', 'countByKind',
  'matchContext', 'createIntroduction', 'saveIntroduction', 'getIntroduction', 'findIntroductions',
  'recordImpressions', 'health', 'migrate', 'close',
]);
const calls = new Map();
const prototype = EmbeddedGraphStore.prototype;
for (const method of PORT_METHODS) {
  const original = prototype[method];
  if (typeof original !== 'function') throw new Error(`EmbeddedGraphStore has no method ${method}`);
  prototype[method] = function (...args) {
    calls.set(method, (calls.get(method) ?? 0) + 1);
    return original.apply(this, args);
  };
}

async function main() {
  const config = loadConfig(process.env);
  const app = await createApp(config, { logger: false });
  const http = app.getHttpAdapter();
  http.get('/test/store-calls', (_req, res) => res.json(Object.fromEntries(calls)));
  http.post('/test/store-calls/reset', (_req, res) => {
    calls.clear();
    res.json({});
  });
  await app.listen(config.port, config.host);
  process.stdout.write('ready\n');
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
