import type { Response } from 'express';

/**
 * Answers a request refused before GraphQL ran (too large, too many, unreadable) in the shape a
 * GraphQL client reads anyway: `errors[0].message` and `errors[0].extensions.code`.
 */
export function sendHttpError(
  response: Response,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  response.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}
