/**
 * Errors the domain and the stores raise. Each carries a stable `code` that the API maps to
 * a GraphQL `extensions.code`, so a client can act on the kind of failure, not the wording.
 */
export interface FieldIssue {
  /** Where the problem is, e.g. `nodes[3].municipality`. */
  readonly field: string;
  readonly reason: string;
}

export abstract class DomainError extends Error {
  abstract readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAVAILABLE' | 'UNAUTHENTICATED' | 'FORBIDDEN';
}

export class ValidationError extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;

  constructor(readonly issues: readonly FieldIssue[]) {
    super(issues.map((issue) => `${issue.field}: ${issue.reason}`).join('; '));
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;

  constructor(readonly what: string, readonly id: string) {
    super(`${what} '${id}' does not exist`);
    this.name = 'NotFoundError';
  }
}

/** The store cannot be reached or answered with a failure that is not the caller's fault. */
export class StoreUnavailableError extends DomainError {
  readonly code = 'UNAVAILABLE' as const;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** The request clashes with the current state: a duplicate, a step out of order, a stale version. */
export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;

  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** No valid sign-in: no token, an expired one, or a wrong password. */
export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED' as const;

  constructor(message = 'sign in first: send the token of signIn as "Authorization: Bearer <token>"') {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}

/** Signed in, but this account may not do or see this. The message says what would allow it. */
export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN' as const;

  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}
