#!/usr/bin/env node
// Dev Neo4j server: node tools/neo4j/neo4j.mjs start|stop|status  (see README.md)
// Env: NEO4J_DATA_DIR (default <repo>/.data/neo4j), NEO4J_BOLT_PORT (7687), NEO4J_PASSWORD.
import { defaultOptions, readyInfo, runningPid, startNeo4j, stopNeo4j } from './harness.mjs';

const options = defaultOptions();
const command = process.argv[2];

if (command === 'start') {
  const pid = runningPid(options.dataDir);
  if (pid) {
    console.log(`Neo4j is already running (pid ${pid}): ${readyInfo(options.dataDir) ?? 'starting'}`);
  } else {
    try {
      const t0 = Date.now();
      const server = await startNeo4j({ ...options, detached: true });
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      console.log(`Neo4j ${server.version} ready on ${server.uri} (user neo4j, pid ${server.pid}, ${secs} s)`);
    } catch (err) {
      if (err.logTail) console.error(err.logTail);
      console.error(`neo4j: ${err.message}`);
      process.exit(1);
    }
  }
} else if (command === 'stop') {
  console.log((await stopNeo4j(options.dataDir)) ? 'Neo4j stopped' : 'Neo4j was not running');
} else if (command === 'status') {
  const pid = runningPid(options.dataDir);
  console.log(pid ? `Neo4j running (pid ${pid}): ${readyInfo(options.dataDir) ?? 'starting'}` : 'Neo4j not running');
  process.exitCode = pid ? 0 : 1;
} else {
  console.error('usage: node tools/neo4j/neo4j.mjs start|stop|status');
  process.exit(2);
}
