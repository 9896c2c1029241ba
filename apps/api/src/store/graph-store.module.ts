import { Global, Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { KOPPEL_CONFIG, KoppelConfig } from '../config/koppel-config';
import { DemoDataSeeder } from '../seeding/demo-data-seeder.service';
import { GRAPH_STORE } from './graph-store.token';
import { openGraphStore } from '@koppel/graph-store';
import { StoreReadiness } from './store-readiness.service';

@Global()
@Module({
  providers: [
    { provide: GRAPH_STORE, inject: [KOPPEL_CONFIG], useFactory: (config: KoppelConfig) => openGraphStore(config.store) },
    PasswordHasher,
    DemoDataSeeder,
    StoreReadiness,
  ],
  exports: [GRAPH_STORE, StoreReadiness, PasswordHasher],
})
export class GraphStoreModule {}
