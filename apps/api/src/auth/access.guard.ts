import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { ForbiddenError, hasRole, type Role, UnauthenticatedError } from '@koppel/domain';
import { PUBLIC_OPERATION, REQUIRED_ROLES } from './access.decorators';
import type { KoppelRequest } from './koppel-request';

/** "COORDINATOR or ADMIN": who may, in words, ADMIN included wherever COORDINATOR is. */
export function rolesInWords(roles: readonly Role[]): string {
  const all = roles.includes('COORDINATOR') && !roles.includes('ADMIN') ? [...roles, 'ADMIN'] : [...roles];
  return all.length === 1 ? all[0] : `${all.slice(0, -1).join(', ')} or ${all[all.length - 1]}`;
}

/**
 * Every GraphQL operation needs a signed-in viewer unless it is @Public; an operation with
 * @Roles refuses other roles with FORBIDDEN, naming who may. HTTP routes (/health, the web app)
 * are not GraphQL and pass: they serve nothing private.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_OPERATION, targets)) return true;

    const graphql = GqlExecutionContext.create(context);
    const request = graphql.getContext<{ req: KoppelRequest }>().req;
    const viewer = request.viewer;
    if (!viewer) throw request.authFailure ? new UnauthenticatedError(request.authFailure) : new UnauthenticatedError();

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !hasRole(viewer, ...roles)) {
      throw new ForbiddenError(`${graphql.getInfo().fieldName} is for ${rolesInWords(roles)}; this account is ${viewer.role}`);
    }
    return true;
  }
}
