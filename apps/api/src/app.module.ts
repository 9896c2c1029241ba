import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { AccountsResolver } from './accounts/accounts.resolver';
import { AccountsService } from './accounts/accounts.service';
import { AccessGuard } from './auth/access.guard';
import { BearerTokenMiddleware } from './auth/bearer-token.middleware';
import { SessionTokens } from './auth/session-tokens';
import { standingAccountsProvider } from './auth/standing-accounts.provider';
import { ConfigModule } from './config/config.module';
import { KoppelConfig } from './config/koppel-config';
import { EcosystemResolver } from './ecosystem/ecosystem.resolver';
import { GraphResolver } from './graph/graph.resolver';
import { describeRootTypes } from './graphql/describe-root-types';
import { GraphTransferResolver } from './graph-transfer/graph-transfer.resolver';
import { GraphTransferService } from './graph-transfer/graph-transfer.service';
import { formatGraphQLError } from './graphql/format-graphql-error';
import { queryLimitProtection } from './graphql/query-limits';
import { HealthController } from './health/health.controller';
import { ReadinessController } from './health/readiness.controller';
import { GraphQLBodyMiddleware } from './http/graphql-body.middleware';
import { RateLimitMiddleware } from './http/rate-limit.middleware';
import { IntroductionsResolver } from './introductions/introductions.resolver';
import { IntroductionsService } from './introductions/introductions.service';
import { httpLoggerParams } from './logging/http-logger.params';
import { IntroductionPathResolver } from './matching/introduction-path.resolver';
import { MatchingService } from './matching/matching.service';
import { SuggestionsResolver } from './matching/suggestions.resolver';
import { STAKEHOLDER_TYPES } from './stakeholders/models';
import { StakeholdersResolver } from './stakeholders/stakeholders.resolver';
import { ConsentService } from './privacy/consent.service';
import { EntrepreneurNeedsResolver } from './privacy/entrepreneur-needs.resolver';
import { ErasureService } from './privacy/erasure.service';
import { IntroductionContactsResolver } from './privacy/introduction-contacts.resolver';
import { PersonContactResolver } from './privacy/person-contact.resolver';
import { PersonExportService } from './privacy/person-export.service';
import { PrivacyResolver } from './privacy/privacy.resolver';
import { ViewerAccess } from './privacy/viewer-access.service';
import { KindListsResolver } from './stakeholders/kind-lists.resolver';
import { RELATION_RESOLVERS } from './relations/relation-resolvers';
import { NODE_EDITING_RESOLVERS } from './editing/node-editing.resolver';
import { NodeEditingService } from './editing/node-editing.service';
import { RelationshipEditingResolver } from './editing/relationship-editing.resolver';
import { RelationshipEditingService } from './editing/relationship-editing.service';
import { GraphStoreModule } from './store/graph-store.module';

/** GraphQL options, shared by the running app and the schema printer. */
export function graphQLOptions(config: Pick<KoppelConfig, 'environment'>): ApolloDriverConfig {
  const { validationRules, plugins, parseOptions } = queryLimitProtection(config.environment);
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    buildSchemaOptions: { orphanedTypes: STAKEHOLDER_TYPES },
    introspection: config.environment !== 'production',
    includeStacktraceInErrorResponses: false,
    // Apollo refuses form-like POSTs and header-less GETs, which a browser sends cross-site without a preflight.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules,
    // Answers depend on who asks and are never kept by an HTTP cache, so Apollo's cache-control
    // plugin (on by default) would only wrap the resolution of every field of every answer.
    plugins: [...plugins, ApolloServerPluginCacheControlDisabled()],
    parseOptions,
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
        LoggerModule.forRoot(httpLoggerParams(config)),
        GraphStoreModule,
        GraphQLModule.forRoot<ApolloDriverConfig>(graphQLOptions(config)),
      ],
      controllers: [HealthController, ReadinessController],
      providers: [
        // Every GraphQL operation needs a signed-in viewer unless @Public (see AccessGuard).
        { provide: APP_GUARD, useClass: AccessGuard },
        SessionTokens,
        standingAccountsProvider,
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
        ViewerAccess,
        PersonContactResolver,
        EntrepreneurNeedsResolver,
        IntroductionContactsResolver,
        ConsentService,
        ErasureService,
        PersonExportService,
        PrivacyResolver,
        GraphTransferService,
        GraphTransferResolver,
      ],
    };
  }

  /**
   * What a /graphql request passes through, in this order (CORS comes before all, see
   * create-app.ts): the request id and logger (LoggerModule, global, so Nest runs its middleware
   * before this module's), the JSON body within its size limit, who asks (the bearer token sets
   * `req.viewer`), and the rate limit, which counts per `req.viewer` and falls back to the client IP.
   */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(GraphQLBodyMiddleware, BearerTokenMiddleware, RateLimitMiddleware).forRoutes('graphql');
  }
}
