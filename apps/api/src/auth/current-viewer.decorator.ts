import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError, type Viewer } from '@koppel/domain';
import type { KoppelRequest } from './koppel-request';

/** The signed-in viewer of a resolver. The guard has already refused anonymous calls. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const request = GqlExecutionContext.create(context).getContext<{ req: KoppelRequest }>().req;
  if (!request.viewer) throw new UnauthenticatedError();
  return request.viewer;
});
