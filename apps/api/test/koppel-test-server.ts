import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphStore } from '@koppel/graph-store';
import { loadConfig } from '../src/config/koppel-config';
import { createApp } from '../src/create-app';
import { GRAPH_STORE } from '../src/store/graph-store.token';

/** A whole Koppel server on a free loopback port, and a GraphQL client that talks real HTTP. */
export interface KoppelTestServer {
  app: INestApplication;
  store: GraphStore;
  baseUrl: string;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer<T>>;
  close(): Promise<void>;
}

export interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; issues?: { field: string; reason: string }[] } }[];
}

export async function startTestServer(env: Record<string, string>): Promise<KoppelTestServer> {
  const scratch = mkdtempSync(join(tmpdir(), 'koppel-api-'));
  const config = loadConfig({ KOPPEL_DATA_DIR: scratch, KOPPEL_SEED: 'never', PORT: '1', ...env });
  const app = await createApp({ ...config, port: 0 }, { logger: false });
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    store: app.get<GraphStore>(GRAPH_STORE),
    baseUrl,
    async graphql(query, variables) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLAnswer<never>;
    },
    async close() {
      await app.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
