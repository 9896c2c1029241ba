import type { NodeKind } from '@koppel/domain';
import type { ConfidenceLevel, Suggestion, SuggestionReason } from '../api/suggestion-types';
import { CONFIDENCE_LABELS, KIND_LABELS } from '../labels/dutch-labels';

/**
 * The pure model of the suggestions in the detail panel: API suggestions in, exactly what each
 * entry shows out. The React component only lays these out.
 */

/** At most this many reasons per suggestion: the strongest ones. */
export const MAX_REASONS = 3;

/** A node a suggestion names, and whether it can be selected (it is in the loaded graph). */
export interface CardNode {
  id: string;
  name: string;
  kind: NodeKind;
  kindLabel: string;
  selectable: boolean;
}

export interface SuggestionCard {
  target: CardNode;
  confidence: { level: ConfidenceLevel; label: string; explanation: string };
  /** Dutch sentences, strongest first. */
  reasons: string[];
  /**
   * Who to ask for the introduction. `before` and `after` surround the intermediary's name in the
   * API's sentence ("Vraag " / " om jullie voor te stellen."), so the name can be a link; both are
   * null when the sentence does not contain the name, and then `sentence` is shown as it is.
   */
  warmWayIn: { via: CardNode; sentence: string; before: string | null; after: string | null } | null;
}

/** The Dutch sentences of the reasons that added to the score, largest contribution first. */
export function topReasons(reasons: readonly SuggestionReason[], max = MAX_REASONS): string[] {
  return reasons
    .filter((reason) => reason.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, max)
    .map((reason) => reason.sentence.nl);
}

/** The entries of the suggestions list, in the API's order. */
export function toSuggestionCards(
  suggestions: readonly Suggestion[],
  isInGraph: (id: string) => boolean = () => true,
): SuggestionCard[] {
  const cardNode = (node: { id: string; name: string; kind: NodeKind }): CardNode => ({
    id: node.id,
    name: node.name,
    kind: node.kind,
    kindLabel: KIND_LABELS[node.kind],
    selectable: isInGraph(node.id),
  });
  return suggestions.map((suggestion) => ({
    target: cardNode(suggestion.target),
    confidence: {
      level: suggestion.confidence.level,
      label: CONFIDENCE_LABELS[suggestion.confidence.level],
      explanation: suggestion.confidence.sentence.nl,
    },
    reasons: topReasons(suggestion.reasons),
    warmWayIn: suggestion.warmWayIn && {
      via: cardNode(suggestion.warmWayIn.via),
      sentence: suggestion.warmWayIn.sentence.nl,
      ...aroundName(suggestion.warmWayIn.sentence.nl, suggestion.warmWayIn.via.name),
    },
  }));
}

/** The text before and after the first occurrence of `name`; both null when it is not there. */
export function aroundName(sentence: string, name: string): { before: string | null; after: string | null } {
  const at = name ? sentence.indexOf(name) : -1;
  if (at < 0) return { before: null, after: null };
  return { before: sentence.slice(0, at), after: sentence.slice(at + name.length) };
}
