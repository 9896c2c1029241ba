import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AccountsResolver } from './accounts/accounts.resolver';
import { AccountsService } from './accounts/accounts.service';
import { AccessGuard } from './auth/access.guard';
import { BearerTokenMiddleware } from './auth/bearer-token.middleware';
import { SessionTokens } from './auth/session-tokens';
import { ConfigModule } from './config/config.module';
import { KoppelConfig } from './config/koppel-config';
import { EcosystemResolver } from './ecosystem/ecosystem.resolver';
import { GraphResolver } from './graph/graph.resolver';
import { describeRootTypes } from './graphql/describe-root-types';
import { formatGraphQLError } from './graphql/format-graphql-error';
import { HealthController } from './health/health.controller';
import { IntroductionsResolver } from './introductions/introductions.resolver';
import { IntroductionsService } from './introductions/introductions.service';
import { IntroductionPathResolver } from './matching/introduction-path.resolver';
import { MatchingService } from './matching/matching.service';
import { SuggestionsResolver } from './matching/suggestions.resolver';
import { STAKEHOLDER_TYPES } from './stakeholders/models';
import { StakeholdersResolver } from './stakeholders/stakeholders.resolver';
import { KindListsResolver } from './stakeholders/kind-lists.resolver';
import { RELATION_RESOLVERS } from './relations/relation-resolvers';
import { NODE_EDITING_RESOLVERS } from './editing/node-editing.resolver';
import { NodeEditingService } from './editing/node-editing.service';
import { RelationshipEditingResolver } from './editing/relationship-editing.resolver';
import { RelationshipEditingService } from './editing/relationship-editing.service';
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
    transformSchema: describeRootTypes,
  };
}

@Module({})
export class AppModule implements NestModule {
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
        // Every GraphQL operation needs a signed-in viewer unless @Public (see AccessGuard).
        { provide: APP_GUARD, useClass: AccessGuard },
        SessionTokens,
        AccountsService,
        AccountsResolver,
        StakeholdersResolver,
        KindListsResolver,
        ...RELATION_RESOLVERS,
        NodeEditingService,
        ...NODE_EDITING_RESOLVERS,
        RelationshipEditingService,
        RelationshipEditingResolver,
        GraphResolver,
        EcosystemResolver,
        MatchingService,
        SuggestionsResolver,
        IntroductionPathResolver,
        IntroductionsService,
        IntroductionsResolver,
      ],
    };
  }

  /** Who asks is known before anything else runs, so every later middleware can use req.viewer. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(BearerTokenMiddleware).forRoutes('*');
  }
}
