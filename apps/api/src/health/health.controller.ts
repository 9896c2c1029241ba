import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { GraphStore } from '@koppel/graph-store';
import { GRAPH_STORE } from '../store/graph-store.token';
import { StoreReadiness } from '../store/store-readiness.service';

/** What /health answers: the store kind, whether it answers, and its schema version. */
export interface HealthReport {
  status: 'ok' | 'degraded';
  store: { kind: string; reachable: boolean; schemaVersion: number | null; agent: string | null; problem?: string };
}

@Controller('health')
export class HealthController {
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly readiness: StoreReadiness,
  ) {}

  /** 200 when the store answers and is migrated, 503 otherwise, with the report either way. */
  @Get()
  @HttpCode(200)
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const health = await this.store.health();
    const ok = health.reachable && this.readiness.isReady;
    if (!ok) response.status(503);
    const problem = health.error ?? this.readiness.problem ?? undefined;
    return {
      status: ok ? 'ok' : 'degraded',
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
