import type { SuggestingKind } from '../api/suggestion-types';
import type { SuggestionsState } from '../app/use-suggestions';
import { SUGGESTION_HEADINGS } from '../labels/dutch-labels';
import { KindSwatch } from './kind-swatch';
import { toSuggestionCards, type CardNode, type SuggestionCard } from './suggestion-cards';

export interface SuggestionsSectionProps {
  kind: SuggestingKind;
  state: Exclude<SuggestionsState, { status: 'none' }>;
  isInGraph: (id: string) => boolean;
  onSelect: (id: string) => void;
  onRetry: () => void;
}

/** "Suggesties" in the detail panel: who this node should meet, and why. */
export function SuggestionsSection({ kind, state, isInGraph, onSelect, onRetry }: SuggestionsSectionProps) {
  return (
    <section className="suggestions" aria-labelledby="suggestions-title" data-testid="suggestions" data-state={state.status}>
      <h3 id="suggestions-title">Suggesties</h3>
      <h4 className="suggestions-heading">{SUGGESTION_HEADINGS[kind]}</h4>
      {state.status === 'loading' && (
        <p className="muted" role="status">
          Suggesties laden…
        </p>
      )}
      {state.status === 'error' && (
        <div className="inline-error" role="alert" data-testid="suggestions-error">
          <p>De suggesties konden niet worden geladen: {state.error.message}</p>
          <button type="button" className="text-button" onClick={onRetry}>
            Opnieuw proberen
          </button>
        </div>
      )}
      {state.status === 'ready' &&
        (state.suggestions.length === 0 ? (
          <p className="muted" data-testid="suggestions-empty">
            Geen suggesties
          </p>
        ) : (
          <ol className="suggestion-list">
            {toSuggestionCards(state.suggestions, isInGraph).map((card) => (
              <SuggestionItem key={card.target.id} card={card} onSelect={onSelect} />
            ))}
          </ol>
        ))}
    </section>
  );
}

function SuggestionItem({ card, onSelect }: { card: SuggestionCard; onSelect: (id: string) => void }) {
  const { target, confidence, reasons, warmWayIn } = card;
  return (
    <li className="suggestion" data-testid="suggestion" data-target-id={target.id}>
      <div className="suggestion-head">
        <NodeLink node={target} onSelect={onSelect} testId="suggestion-target" />
        <span className="suggestion-kind">{target.kindLabel}</span>
      </div>
      <p className={`suggestion-confidence confidence-${confidence.level.toLowerCase()}`} title={confidence.explanation}>
        Zekerheid: <strong>{confidence.label}</strong>
      </p>
      {reasons.length > 0 && (
        <ul className="suggestion-reasons">
          {reasons.map((reason, index) => (
            <li key={index} data-testid="suggestion-reason">
              {reason}
            </li>
          ))}
        </ul>
      )}
      {warmWayIn && (
        <p className="suggestion-warm-way" data-testid="suggestion-warm-way">
          {warmWayIn.before === null ? (
            warmWayIn.sentence
          ) : (
            <>
              {warmWayIn.before}
              <NodeLink node={warmWayIn.via} onSelect={onSelect} inline />
              {warmWayIn.after}
            </>
          )}
        </p>
      )}
    </li>
  );
}

interface NodeLinkProps {
  node: CardNode;
  onSelect: (id: string) => void;
  testId?: string;
  /** Inside a sentence: no swatch, the sentence's font. */
  inline?: boolean;
}

/** A node's name that selects it in the graph; plain text when it is not in the loaded graph. */
function NodeLink({ node, onSelect, testId, inline = false }: NodeLinkProps) {
  if (!node.selectable) {
    return <span data-testid={testId}>{node.name}</span>;
  }
  return (
    <button
      type="button"
      className={`link-button${inline ? ' link-inline' : ''}`}
      onClick={() => onSelect(node.id)}
      data-testid={testId}
      data-node-id={node.id}
    >
      {!inline && <KindSwatch kind={node.kind} size={12} />}
      <span>{node.name}</span>
    </button>
  );
}
