import { Neo4jError } from 'neo4j-driver';
import { ConflictError, DomainError, StoreUnavailableError } from '@koppel/domain';

/**
 * The one place where Neo4j's failures become domain errors, each in one line a person can
 * act on. Domain errors raised inside a transaction (validation) pass through unchanged.
 */
export function toDomainError(error: unknown, uri: string): Error {
  if (error instanceof DomainError) return error;
  if (error instanceof Neo4jError) {
    if (error.code === 'Neo.ClientError.Security.Unauthorized') {
      return new StoreUnavailableError(`Neo4j at ${uri} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD)`, {
        cause: error,
      });
    }
    if (error.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return new StoreUnavailableError(`Neo4j at ${uri} is rate-limiting logins after failed attempts`, { cause: error });
    }
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      // A uniqueness constraint refused a second record with the same id (two writers raced).
      return new ConflictError(`already exists: ${firstLine(error.message)}`);
    }
    if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired' || error.retriable) {
      return new StoreUnavailableError(`Neo4j at ${uri} is not reachable: ${firstLine(error.message)}`, {
        cause: error,
      });
    }
  }
  return error instanceof Error ? error : new Error(String(error));
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}
