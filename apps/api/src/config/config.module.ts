import { DynamicModule, Global, Module } from '@nestjs/common';
import { KOPPEL_CONFIG, KoppelConfig } from './koppel-config';

/** Makes the configuration, loaded and checked before Nest starts, injectable everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: KoppelConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: KOPPEL_CONFIG, useValue: config }], exports: [KOPPEL_CONFIG] };
  }
}
