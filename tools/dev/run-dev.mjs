// `npm run dev`: the API (built once, on the configured store) and the Vite dev server with hot
// reload, which proxies /graphql, /health and /ready to the API. Ctrl-C stops both.
import { spawn, spawnSync } from 'node:child_process';

const build = spawnSync('npx', ['nx', 'run', 'api:build', '--output-style=stream'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [
  spawn('node', ['dist/apps/api/apps/api/src/main.js'], { stdio: 'inherit', env: { ...process.env, PORT: '3000' } }),
  spawn('npx', ['vite', '-c', 'apps/web/vite.config.mts'], { stdio: 'inherit' }),
];
process.stdout.write('\nKoppel dev: open http://localhost:5173/ (API on http://localhost:3000/graphql)\n\n');

const stopAll = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
for (const child of children) child.on('exit', stopAll);
