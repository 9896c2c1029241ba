import { SetMetadata } from '@nestjs/common';
import type { Role } from '@koppel/domain';

export const PUBLIC_OPERATION = 'koppel:public';
export const REQUIRED_ROLES = 'koppel:roles';

/** The operation needs no sign-in (signIn itself). Everything else does, by default. */
export const Public = () => SetMetadata(PUBLIC_OPERATION, true);

/** Only these roles may call it (ADMIN counts as COORDINATOR, see hasRole); others get FORBIDDEN. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);
