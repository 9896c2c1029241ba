import { ApiUnreachableError, GraphQLResponseError, type InputIssue } from '../api/graphql-client';
import type { ImportReport } from '../api/graph-transfer';

/** Where one import stands, as the data panel shows it. */
export type ImportOutcome =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'done'; report: ImportReport }
  /**
   * The API refused the files and wrote nothing: `issues` names every problem; when it named
   * none (a file that is not JSON at all), `detail` is what it said.
   */
  | { status: 'refused'; issues: readonly InputIssue[]; detail: string | null }
  | { status: 'failed'; message: string };

/** What went wrong, said so a coordinator knows whether the files or the connection are to blame. */
export function failedImportOutcome(error: unknown): ImportOutcome {
  if (error instanceof GraphQLResponseError) {
    if (error.code === 'BAD_USER_INPUT') {
      return { status: 'refused', issues: error.issues, detail: error.issues.length > 0 ? null : error.message };
    }
    if (error.code === 'PAYLOAD_TOO_LARGE') {
      return {
        status: 'failed',
        message: 'De bestanden zijn te groot voor een import via de app. Gebruik `npx koppel import` op de server, of laat de limiet (KOPPEL_MAX_REQUEST_BYTES) verhogen.',
      };
    }
    if (error.code === 'FORBIDDEN') return { status: 'failed', message: 'Alleen coördinatoren mogen gegevens importeren.' };
  }
  if (error instanceof ApiUnreachableError) return { status: 'failed', message: error.message };
  return { status: 'failed', message: `De import is mislukt: ${error instanceof Error ? error.message : String(error)}` };
}
