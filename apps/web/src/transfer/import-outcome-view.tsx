import { countLabel } from '../labels/dutch-labels';
import type { ImportOutcome } from './import-outcome';

/** The report of a finished import, or every problem of a refused one. */
export function ImportOutcomeView({ outcome }: { outcome: ImportOutcome }) {
  switch (outcome.status) {
    case 'idle':
      return null;
    case 'busy':
      return (
        <p className="muted transfer-note" role="status">
          Bezig met importeren…
        </p>
      );
    case 'done':
      return (
        <p className="transfer-note status-yes" role="status" data-testid="import-report">
          Geïmporteerd uit {outcome.report.file}: {countLabel(outcome.report.nodes, 'stakeholder', 'stakeholders')} en{' '}
          {countLabel(outcome.report.relationships, 'relatie', 'relaties')}.
        </p>
      );
    case 'refused':
      return (
        <div className="inline-error transfer-note" role="alert" data-testid="import-refused">
          <p>Import geweigerd, er is niets opgeslagen. Verbeter het bestand en probeer het opnieuw.</p>
          <ul className="import-issues">
            {outcome.issues.map((issue, index) => (
              <li key={index} data-testid="import-issue">
                <strong>{issue.field}</strong>: {issue.reason}
              </li>
            ))}
            {outcome.detail && <li data-testid="import-issue">{outcome.detail}</li>}
          </ul>
        </div>
      );
    case 'failed':
      return (
        <p className="inline-error transfer-note" role="alert" data-testid="import-error">
          {outcome.message}
        </p>
      );
  }
}
