import type { Suggestion, SuggestionReason } from '../api/suggestion-types';
import { aroundName, MAX_REASONS, toSuggestionCards, topReasons } from './suggestion-cards';

const reason = (kind: string, contribution: number, nl: string): SuggestionReason => ({ kind, contribution, sentence: { nl } });

const wadden: Suggestion = {
  target: { id: 'fund:wadden-impact-angels', kind: 'Fund', name: 'Wadden Impact Angels' },
  score: 0.57,
  confidence: { level: 'MEDIUM', sentence: { nl: 'Minder zeker: een profiel is een illustratie.' } },
  reasons: [
    reason('NEED_MET', 0.0947, 'Wadden Impact Angels biedt financiering, waar Bekerdienst naar zoekt.'),
    reason('FINANCE_ASK', 0.1263, 'De financieringsvraag past bij wat Wadden Impact Angels verstrekt.'),
    reason('RECIPROCITY', -0.0111, 'Andersom past het minder.'),
    reason('REGION', 0.0947, 'Beide zitten in Leeuwarden.'),
    reason('ACTIVE', 0.0915, 'Wadden Impact Angels is actief in het netwerk: 10 relaties.'),
  ],
  warmWayIn: null,
};

const visnet: Suggestion = {
  target: { id: 'ent:visnet-circulair', kind: 'Entrepreneur', name: 'Visnet Circulair' },
  score: 0.41,
  confidence: { level: 'HIGH', sentence: { nl: 'Zeker.' } },
  reasons: [reason('WARM_PATH', 0.2, 'Jullie kennen allebei Yvonne Tenhaaf.')],
  warmWayIn: {
    via: { id: 'person:yvonne-tenhaaf', kind: 'Person', name: 'Yvonne Tenhaaf' },
    sentence: { nl: 'Vraag Yvonne Tenhaaf om jullie voor te stellen.' },
  },
};

describe('topReasons', () => {
  it('gives the Dutch sentences of the strongest reasons, at most three', () => {
    expect(topReasons(wadden.reasons)).toEqual([
      'De financieringsvraag past bij wat Wadden Impact Angels verstrekt.',
      'Wadden Impact Angels biedt financiering, waar Bekerdienst naar zoekt.',
      'Beide zitten in Leeuwarden.',
    ]);
    expect(MAX_REASONS).toBe(3);
  });

  it('leaves out reasons that took away from the score', () => {
    expect(topReasons([reason('IGNORED_BEFORE', -0.1, 'Al 2 keer voorgesteld.'), reason('REGION', 0.05, 'Dichtbij.')])).toEqual([
      'Dichtbij.',
    ]);
  });

  it('keeps the order of equally strong reasons', () => {
    expect(topReasons([reason('A', 0.1, 'eerste'), reason('B', 0.1, 'tweede')], 2)).toEqual(['eerste', 'tweede']);
  });
});

describe('toSuggestionCards', () => {
  it('names the target with its Dutch kind, and says how sure the suggestion is in Dutch', () => {
    const [card] = toSuggestionCards([wadden]);
    expect(card.target).toEqual({
      id: 'fund:wadden-impact-angels',
      name: 'Wadden Impact Angels',
      kind: 'Fund',
      kindLabel: 'Fonds',
      selectable: true,
    });
    expect(card.confidence).toEqual({ level: 'MEDIUM', label: 'middel', explanation: 'Minder zeker: een profiel is een illustratie.' });
    expect(card.reasons).toHaveLength(3);
    expect(card.warmWayIn).toBeNull();
  });

  it('writes every confidence level in Dutch', () => {
    const at = (level: Suggestion['confidence']['level']) =>
      toSuggestionCards([{ ...wadden, confidence: { level, sentence: { nl: '' } } }])[0].confidence.label;
    expect([at('HIGH'), at('MEDIUM'), at('LOW')]).toEqual(['hoog', 'middel', 'laag']);
  });

  it('keeps the API’s order', () => {
    expect(toSuggestionCards([visnet, wadden]).map((card) => card.target.id)).toEqual(['ent:visnet-circulair', 'fund:wadden-impact-angels']);
  });

  it('gives the warm way in with the intermediary’s name cut out, so it can be a link', () => {
    const [card] = toSuggestionCards([visnet]);
    expect(card.warmWayIn).toEqual({
      via: { id: 'person:yvonne-tenhaaf', name: 'Yvonne Tenhaaf', kind: 'Person', kindLabel: 'Persoon', selectable: true },
      sentence: 'Vraag Yvonne Tenhaaf om jullie voor te stellen.',
      before: 'Vraag ',
      after: ' om jullie voor te stellen.',
    });
  });

  it('marks nodes that are not in the loaded graph as not selectable', () => {
    const [card] = toSuggestionCards([visnet], (id) => id === 'ent:visnet-circulair');
    expect(card.target.selectable).toBe(true);
    expect(card.warmWayIn?.via.selectable).toBe(false);
  });

  it('makes no cards of no suggestions', () => {
    expect(toSuggestionCards([])).toEqual([]);
  });
});

describe('aroundName', () => {
  it('splits a sentence around the first occurrence of a name', () => {
    expect(aroundName('Vraag Impact Noord om jullie voor te stellen.', 'Impact Noord')).toEqual({
      before: 'Vraag ',
      after: ' om jullie voor te stellen.',
    });
  });

  it('gives nulls when the name is not in the sentence, or empty', () => {
    expect(aroundName('Vraag iemand om jullie voor te stellen.', 'Impact Noord')).toEqual({ before: null, after: null });
    expect(aroundName('Vraag iemand.', '')).toEqual({ before: null, after: null });
  });
});
