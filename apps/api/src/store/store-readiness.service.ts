import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { GraphStore } from '@koppel/graph-store';
import { StoreUnavailableError } from '@koppel/domain';
import { KOPPEL_CONFIG, KoppelConfig } from '../config/koppel-config';
import { DemoDataSeeder } from '../seeding/demo-data-seeder.service';
import { GRAPH_STORE } from './graph-store.token';

const RETRY_MS = 2_000;

/**
 * Brings the store to a usable state: schema migrated, demo data loaded into an empty store.
 * When Neo4j is down at start the API still starts, answers UNAVAILABLE, and keeps trying until
 * the server is back; wrong credentials will not fix themselves, so they stop the start.
 */
@Injectable()
export class StoreReadiness implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Store');
  private ready = false;
  private lastProblem: string | null = null;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    @Inject(KOPPEL_CONFIG) private readonly config: KoppelConfig,
    private readonly seeder: DemoDataSeeder,
  ) {}

  get isReady(): boolean {
    return this.ready;
  }

  get problem(): string | null {
    return this.lastProblem;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.prepare({ atStart: true });
  }

  /**
   * At start, refused credentials are fatal: they will not fix themselves. Once retrying, every
   * unavailability is retried, credentials included: a server that is just starting may refuse
   * a login for a moment before its password is set.
   */
  private async prepare({ atStart }: { atStart: boolean }): Promise<void> {
    try {
      await this.store.migrate();
      const health = await this.store.health();
      if (this.config.seedWhenEmpty) await this.seeder.seedIfEmpty();
      this.ready = true;
      this.lastProblem = null;
      this.logger.log(`${health.agent ?? this.store.kind} ready, schema version ${health.schemaVersion}`);
    } catch (error) {
      const unavailable = error instanceof StoreUnavailableError;
      if (!unavailable || (atStart && /credentials/.test(error.message))) throw error;
      if (this.lastProblem !== error.message) this.logger.warn(`${error.message}; retrying every ${RETRY_MS / 1000} s`);
      this.lastProblem = error.message;
      this.retryTimer = setTimeout(() => void this.retry(), RETRY_MS);
    }
  }

  private async retry(): Promise<void> {
    try {
      await this.prepare({ atStart: false });
    } catch (error) {
      // Not an outage (a bug, a bad migration): say so, and keep trying rather than give up silently.
      this.lastProblem = error instanceof Error ? error.message : String(error);
      this.logger.error(this.lastProblem);
      this.retryTimer = setTimeout(() => void this.retry(), RETRY_MS);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.store.close();
  }
}
