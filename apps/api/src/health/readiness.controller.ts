import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { GraphStore } from '@koppel/graph-store';
import { GRAPH_STORE } from '../store/graph-store.token';
import { StoreReadiness } from '../store/store-readiness.service';

/** What /ready answers: the store kind, whether it answers, and its schema version. */
export interface ReadinessReport {
  status: 'ready' | 'not-ready';
  store: { kind: string; reachable: boolean; schemaVersion: number | null; agent: string | null; problem?: string };
}

/**
 * Readiness: 200 when the store answers and its migrations are applied, 503 with the reason
 * otherwise, so a load balancer sends traffic only to a Koppel that can answer it.
 */
@Controller('ready')
export class ReadinessController {
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly readiness: StoreReadiness,
  ) {}

  @Get()
  @HttpCode(200)
  async ready(@Res({ passthrough: true }) response: Response): Promise<ReadinessReport> {
    const health = await this.store.health();
    const ready = health.reachable && this.readiness.isReady;
    if (!ready) response.status(503);
    const problem = health.error ?? this.readiness.problem ?? undefined;
    return {
      status: ready ? 'ready' : 'not-ready',
      store: {
        kind: health.kind,
        reachable: health.reachable,
        schemaVersion: health.schemaVersion,
        agent: health.agent,
        ...(problem ? { problem } : {}),
      },
    };
  }
}
