import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ConfigModule } from './config/config.module';
import { KoppelConfig } from './config/koppel-config';
import { EcosystemResolver } from './ecosystem/ecosystem.resolver';
import { GraphResolver } from './graph/graph.resolver';
import { GraphTransferResolver } from './graph-transfer/graph-transfer.resolver';
import { GraphTransferService } from './graph-transfer/graph-transfer.service';
import { formatGraphQLError } from './graphql/format-graphql-error';
import { HealthController } from './health/health.controller';
import { IntroductionsResolver } from './introductions/introductions.resolver';
import { IntroductionsService } from './introductions/introductions.service';
import { IntroductionPathResolver } from './matching/introduction-path.resolver';
import { MatchingService } from './matching/matching.service';
import { SuggestionsResolver } from './matching/suggestions.resolver';
import { STAKEHOLDER_TYPES } from './stakeholders/models';
import { StakeholdersResolver } from './stakeholders/stakeholders.resolver';
import { GraphStoreModule } from './store/graph-store.module';

/** GraphQL options, shared by the running app and the schema printer. */
export function graphQLOptions(config: Pick<KoppelConfig, 'environment'>): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    buildSchemaOptions: { orphanedTypes: STAKEHOLDER_TYPES },
    introspection: config.environment !== 'production',
    includeStacktraceInErrorResponses: false,
    playground: false,
    formatError: formatGraphQLError,
  };
}

@Module({})
export class AppModule {
  static forRoot(config: KoppelConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        GraphStoreModule,
        GraphQLModule.forRoot<ApolloDriverConfig>(graphQLOptions(config)),
      ],
      controllers: [HealthController],
      providers: [
        StakeholdersResolver,
        GraphResolver,
        EcosystemResolver,
        MatchingService,
        SuggestionsResolver,
        IntroductionPathResolver,
        IntroductionsService,
        IntroductionsResolver,
        GraphTransferService,
        GraphTransferResolver,
      ],
    };
  }
}
