import type { Evidence as EngineEvidence, Suggestion as EngineSuggestion } from '@koppel/matching';
import type { SuggestionAnswer } from './matching-queries';
import type { Evidence, Suggestion, SuggestionList } from './models/suggestion.model';

/** The engine leaves out what does not apply; the schema says "empty" with empty lists. */
function toEvidence(evidence: EngineEvidence): Evidence {
  return {
    themes: evidence.themes ?? [],
    sdgs: evidence.sdgs ?? [],
    domains: evidence.domains ?? [],
    intermediaries: evidence.intermediaries ?? [],
    distanceKm: evidence.distanceKm,
    amountEur: evidence.amountEur,
    categories: evidence.categories ?? [],
    labels: evidence.labels ?? [],
    instruments: evidence.instruments ?? [],
    count: evidence.count,
  };
}

function toSuggestion(suggestion: EngineSuggestion): Suggestion {
  return { ...suggestion, reasons: suggestion.reasons.map((reason) => ({ ...reason, evidence: toEvidence(reason.evidence) })) };
}

export function toSuggestionList(answer: SuggestionAnswer): SuggestionList {
  return { ...answer, suggestions: answer.suggestions.map(toSuggestion) };
}
