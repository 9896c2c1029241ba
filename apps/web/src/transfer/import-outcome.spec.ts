import { ApiUnreachableError, GraphQLResponseError } from '../api/graphql-client';
import { failedImportOutcome } from './import-outcome';

describe('what a failed import tells the coordinator', () => {
  it('lists every problem of a refusal, field and reason', () => {
    const issues = [
      { field: 'entrepreneurs.csv line 3: municipality', reason: "unknown municipality 'Groningn'; did you mean 'groningen'?" },
      { field: 'entrepreneurs.csv line 4: stage', reason: 'must be one of IDEA, STARTUP, SCALEUP' },
    ];
    expect(failedImportOutcome(new GraphQLResponseError('Invalid input', 'BAD_USER_INPUT', issues))).toEqual({
      status: 'refused',
      issues,
      detail: null,
    });
  });

  it("keeps the server's message when a refusal names no field", () => {
    expect(failedImportOutcome(new GraphQLResponseError('broken.json is not valid JSON', 'BAD_USER_INPUT'))).toEqual({
      status: 'refused',
      issues: [],
      detail: 'broken.json is not valid JSON',
    });
  });

  it('points a file too large for one request to the command-line import', () => {
    expect(failedImportOutcome(new GraphQLResponseError('too large', 'PAYLOAD_TOO_LARGE'))).toEqual({
      status: 'failed',
      message: expect.stringContaining('npx koppel import'),
    });
  });

  it('says when the server cannot be reached', () => {
    const outcome = failedImportOutcome(new ApiUnreachableError('Failed to fetch'));
    expect(outcome).toEqual({ status: 'failed', message: expect.stringContaining('niet bereikbaar') });
  });

  it('passes any other error on with its message', () => {
    expect(failedImportOutcome(new Error('kapot'))).toEqual({ status: 'failed', message: expect.stringContaining('kapot') });
  });
});
