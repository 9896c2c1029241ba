import { Controller, Get } from '@nestjs/common';

/** What /health answers: the process is up and serving HTTP. */
export interface LivenessReport {
  status: 'ok';
}

/**
 * Liveness: 200 for as long as the process serves HTTP, whatever the store does. A supervisor
 * restarts Koppel when this stops answering; a store outage is /ready's business, since a restart
 * would not bring the database back.
 */
@Controller('health')
export class HealthController {
  @Get()
  health(): LivenessReport {
    return { status: 'ok' };
  }
}
