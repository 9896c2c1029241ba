import type { GraphQLRequest } from './graphql-client';
import { createShownRecorder, loadSuggestions, recordSuggestionsShown, SUGGESTION_LIMIT, suggestionQueryFor } from './load-suggestions';
import { FIND_SUPPLIERS, RECORD_SUGGESTIONS_SHOWN, SCOUT_ENTREPRENEURS, SUGGEST_INTRODUCTIONS, SUGGEST_NETWORK_MEMBERS } from './queries';
import type { Suggestion } from './suggestion-types';

const suggestion = (targetId: string): Suggestion => ({
  target: { id: targetId, kind: 'Fund', name: targetId },
  score: 0.5,
  confidence: { level: 'MEDIUM', sentence: { nl: 'Redelijk zeker.' } },
  reasons: [],
  warmWayIn: null,
});

/** A request that records what it was asked and answers with `answer`. */
function fakeRequest(answer: unknown) {
  const calls: { query: string; variables: Record<string, unknown> | undefined }[] = [];
  const request = (async (query: string, variables?: Record<string, unknown>) => {
    calls.push({ query, variables });
    return answer;
  }) as GraphQLRequest;
  return { request, calls };
}

describe('which suggestions a kind asks for', () => {
  it('asks introductions for an entrepreneur, entrepreneurs for a fund, suppliers for a purchaser, members for a network', () => {
    expect(suggestionQueryFor('Entrepreneur')).toBe(SUGGEST_INTRODUCTIONS);
    expect(suggestionQueryFor('Fund')).toBe(SCOUT_ENTREPRENEURS);
    expect(suggestionQueryFor('Purchaser')).toBe(FIND_SUPPLIERS);
    expect(suggestionQueryFor('Network')).toBe(SUGGEST_NETWORK_MEMBERS);
  });

  it('has none for the other kinds', () => {
    for (const kind of ['Municipality', 'Province', 'KnowledgeInstitution', 'SupportProgramme', 'Person', 'Event'] as const) {
      expect(suggestionQueryFor(kind)).toBeNull();
    }
  });

  it('names each answer `list` and asks for the fields the panel shows', () => {
    expect(SUGGEST_INTRODUCTIONS).toMatch(/list: suggestIntroductions\(subjectId: \$subjectId, limit: \$limit\)/);
    expect(SCOUT_ENTREPRENEURS).toMatch(/list: scoutEntrepreneurs\(fundId: \$subjectId, limit: \$limit\)/);
    expect(FIND_SUPPLIERS).toMatch(/list: findSuppliers\(purchaserId: \$subjectId, limit: \$limit\)/);
    expect(SUGGEST_NETWORK_MEMBERS).toMatch(/list: suggestNetworkMembers\(networkId: \$subjectId, limit: \$limit\)/);
    for (const field of ['target', 'confidence', 'level', 'reasons', 'contribution', 'warmWayIn', 'via', 'nl']) {
      expect(SUGGEST_INTRODUCTIONS).toContain(field);
    }
  });
});

describe('loadSuggestions', () => {
  it('asks the kind’s query for five suggestions of the subject and returns them in order', async () => {
    const { request, calls } = fakeRequest({ list: { suggestions: [suggestion('a'), suggestion('b')] } });

    const suggestions = await loadSuggestions(request, { id: 'ent:bekerdienst', kind: 'Entrepreneur' });

    expect(suggestions.map((s) => s.target.id)).toEqual(['a', 'b']);
    expect(calls).toEqual([{ query: SUGGEST_INTRODUCTIONS, variables: { subjectId: 'ent:bekerdienst', limit: 5 } }]);
    expect(SUGGESTION_LIMIT).toBe(5);
  });

  it('returns an empty list as it is', async () => {
    const { request } = fakeRequest({ list: { suggestions: [] } });
    await expect(loadSuggestions(request, { id: 'network:x', kind: 'Network' })).resolves.toEqual([]);
  });

  it('passes the API’s error on', async () => {
    const request = (async () => {
      throw new Error("Node 'x' does not exist");
    }) as GraphQLRequest;
    await expect(loadSuggestions(request, { id: 'x', kind: 'Fund' })).rejects.toThrow("Node 'x' does not exist");
  });
});

describe('recordSuggestionsShown', () => {
  it('sends the subject and the targets to the mutation', async () => {
    const { request, calls } = fakeRequest({ recordSuggestionsShown: true });
    await recordSuggestionsShown(request, 'fund:f', ['ent:a', 'ent:b']);
    expect(calls).toEqual([{ query: RECORD_SUGGESTIONS_SHOWN, variables: { subjectId: 'fund:f', targetIds: ['ent:a', 'ent:b'] } }]);
  });
});

describe('createShownRecorder', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('reports a subject’s shown targets once, however often the list is shown again', async () => {
    const sent: [string, readonly string[]][] = [];
    const report = createShownRecorder(async (subjectId, targetIds) => {
      sent.push([subjectId, targetIds]);
    });

    report('ent:a', [suggestion('fund:x'), suggestion('fund:y')]);
    report('ent:a', [suggestion('fund:x'), suggestion('fund:y')]);
    report('ent:b', [suggestion('fund:z')]);
    await settle();

    expect(sent).toEqual([
      ['ent:a', ['fund:x', 'fund:y']],
      ['ent:b', ['fund:z']],
    ]);
  });

  it('reports nothing for an empty list', async () => {
    const send = jest.fn(async () => undefined);
    createShownRecorder(send)('ent:a', []);
    await settle();
    expect(send).not.toHaveBeenCalled();
  });

  it('tries again at the next showing when a report failed', async () => {
    const send = jest.fn<Promise<void>, [string, readonly string[]]>().mockRejectedValueOnce(new Error('weg')).mockResolvedValue(undefined);
    const report = createShownRecorder(send);

    report('ent:a', [suggestion('fund:x')]);
    await settle();
    report('ent:a', [suggestion('fund:x')]);
    report('ent:a', [suggestion('fund:x')]);
    await settle();

    expect(send).toHaveBeenCalledTimes(2);
  });
});
