import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Viewer } from '@koppel/domain';
import type { KoppelRequest } from '../auth/koppel-request';

/**
 * The viewer, or undefined when the request carries none. For field resolvers that mask rather
 * than refuse: an anonymous caller (only possible where sign-in is not enforced) gets the least.
 */
export const ViewerIfAny = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer | undefined =>
    GqlExecutionContext.create(context).getContext<{ req?: KoppelRequest }>().req?.viewer,
);

/** What per-request caches are keyed on: the GraphQL context object, one per request. */
export const RequestKey = createParamDecorator(
  (_data: unknown, context: ExecutionContext): object => GqlExecutionContext.create(context).getContext<object>(),
);
