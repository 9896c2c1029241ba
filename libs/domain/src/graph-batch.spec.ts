import { ValidationError } from './domain-errors';
import { checkBatchAgainstStore, validateGraphBatch } from './graph-batch';

const entrepreneur = {
  id: 'ent-zonnewerf',
  kind: 'Entrepreneur',
  name: 'Zonnewerf Coöperatie',
  municipality: 'groningen',
  enterpriseKind: 'SOCIAL',
  stage: 'STARTUP',
  themes: ['ENERGY_TRANSITION'],
};

function issuesOf(run: () => unknown): { field: string; reason: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return [...error.issues];
    throw error;
  }
  throw new Error('expected a ValidationError, but the batch was accepted');
}

describe('validateGraphBatch', () => {
  it('accepts a valid entrepreneur, applies defaults and derives its province', () => {
    const { nodes } = validateGraphBatch({ nodes: [entrepreneur] });
    expect(nodes[0]).toMatchObject({
      id: 'ent-zonnewerf',
      province: 'GRONINGEN',
      visibleForMatchmaking: true,
      illustrative: false,
      offers: [],
      needs: [],
    });
  });

  it('names the field and the reason for an unknown kind', () => {
    const issues = issuesOf(() => validateGraphBatch({ nodes: [{ id: 'x', kind: 'Alien', name: 'X' }] }));
    expect(issues).toEqual([{ field: 'nodes[0].kind', reason: expect.stringContaining('node kinds') }]);
  });

  it('names the field for a missing name', () => {
    const { name: _omitted, ...nameless } = entrepreneur;
    const issues = issuesOf(() => validateGraphBatch({ nodes: [nameless] }));
    expect(issues.map((issue) => issue.field)).toEqual(['nodes[0].name']);
  });

  it('refuses an unknown municipality and suggests the one that was meant', () => {
    const issues = issuesOf(() => validateGraphBatch({ nodes: [{ ...entrepreneur, municipality: 'groningn' }] }));
    expect(issues).toEqual([
      { field: 'nodes[0].municipality', reason: "unknown municipality 'groningn'; did you mean 'groningen'?" },
    ]);
  });

  it('refuses unknown fields, so that typos do not silently vanish', () => {
    const issues = issuesOf(() => validateGraphBatch({ nodes: [{ ...entrepreneur, stgae: 'IDEA' }] }));
    expect(issues[0].field).toBe('nodes[0]');
    expect(issues[0].reason).toContain('stgae');
  });

  it('collects every problem of a batch in one answer', () => {
    const issues = issuesOf(() =>
      validateGraphBatch({
        nodes: [{ ...entrepreneur, stage: 'GIANT' }, { ...entrepreneur, id: 'b', name: '' }],
        relationships: [{ type: 'LIKES', from: 'a', to: 'b' }],
      }),
    );
    expect(issues.map((issue) => issue.field)).toEqual([
      'nodes[0].stage',
      'nodes[1].name',
      'relationships[0].type',
    ]);
  });

  it('derives a stable relationship id so that re-sending an edge is idempotent', () => {
    const rel = { type: 'KNOWS', from: 'a', to: 'b', strength: 0.8 };
    const first = validateGraphBatch({ relationships: [rel] }).relationships[0];
    const second = validateGraphBatch({ relationships: [rel] }).relationships[0];
    expect(first.id).toBe(second.id);
  });

  it('refuses a relationship from a node to itself', () => {
    const issues = issuesOf(() => validateGraphBatch({ relationships: [{ type: 'KNOWS', from: 'a', to: 'a' }] }));
    expect(issues).toEqual([{ field: 'relationships[0].to', reason: 'a node cannot be related to itself' }]);
  });

  it('refuses a fund whose smallest ticket is larger than its largest', () => {
    const fund = { id: 'f', kind: 'Fund', name: 'F', ticketMinEur: 100_000, ticketMaxEur: 10_000 };
    const issues = issuesOf(() => validateGraphBatch({ nodes: [fund] }));
    expect(issues).toEqual([{ field: 'nodes[0].ticketMinEur', reason: 'must not be larger than ticketMaxEur' }]);
  });
});

describe('checkBatchAgainstStore', () => {
  const fund = { id: 'fund-x', kind: 'Fund', name: 'Fund X' };

  it('accepts an edge whose endpoints are in the batch or already stored', () => {
    const batch = validateGraphBatch({
      nodes: [entrepreneur],
      relationships: [{ type: 'FUNDED', from: 'fund-x', to: 'ent-zonnewerf', amountEur: 50_000, year: 2021 }],
    });
    expect(() => checkBatchAgainstStore(batch, new Map([['fund-x', 'Fund']]))).not.toThrow();
  });

  it('names an endpoint that does not exist', () => {
    const batch = validateGraphBatch({
      nodes: [entrepreneur],
      relationships: [{ type: 'FUNDED', from: 'fund-nowhere', to: 'ent-zonnewerf' }],
    });
    const issues = issuesOf(() => checkBatchAgainstStore(batch, new Map()));
    expect(issues).toEqual([{ field: 'relationships[0].from', reason: "unknown node 'fund-nowhere'" }]);
  });

  it('refuses an edge between kinds its type does not connect', () => {
    const batch = validateGraphBatch({
      nodes: [entrepreneur, fund],
      relationships: [{ type: 'FUNDED', from: 'ent-zonnewerf', to: 'fund-x' }],
    });
    const issues = issuesOf(() => checkBatchAgainstStore(batch, new Map()));
    expect(issues.map((issue) => issue.field)).toEqual(['relationships[0].from', 'relationships[0].to']);
    expect(issues[0].reason).toContain('FUNDED cannot start at kind Entrepreneur');
  });

  it('refuses to change the kind of a stored id', () => {
    const batch = validateGraphBatch({ nodes: [{ ...fund, id: 'ent-zonnewerf' }] });
    const issues = issuesOf(() => checkBatchAgainstStore(batch, new Map([['ent-zonnewerf', 'Entrepreneur']])));
    expect(issues[0]).toEqual({
      field: 'nodes[0].kind',
      reason: "id 'ent-zonnewerf' is already of kind Entrepreneur; a node cannot change kind",
    });
  });
});

describe('relationship identity', () => {
  it('is type, ends and key, so a second funding of the same pair needs only a key', () => {
    const { relationships } = validateGraphBatch({
      relationships: [
        { type: 'FUNDED', from: 'fund-x', to: 'ent-y', year: 2021 },
        { type: 'FUNDED', from: 'fund-x', to: 'ent-y', year: 2023, key: '2023' },
      ],
    });
    expect(relationships.map((rel) => rel.id)).toEqual(['fund-x>FUNDED>ent-y', 'fund-x>FUNDED>ent-y#2023']);
  });

  it('refuses a caller-made id: an id is never free to name another edge', () => {
    const issues = issuesOf(() => validateGraphBatch({ relationships: [{ id: 'r1', type: 'KNOWS', from: 'a', to: 'b' }] }));
    expect(issues[0].field).toBe('relationships[0]');
    expect(issues[0].reason).toContain('id');
  });
});

describe('municipality hints', () => {
  it('suggests the municipality of a main town, and forgives accents and capitals', () => {
    const hint = (municipality: string) =>
      issuesOf(() => validateGraphBatch({ nodes: [{ ...entrepreneur, municipality }] }))[0].reason;
    expect(hint('Dokkum')).toBe("unknown municipality 'Dokkum'; did you mean 'noardeast-fryslan'?");
    expect(hint('Dokum')).toBe("unknown municipality 'Dokum'; did you mean 'noardeast-fryslan'?");
    expect(hint('Súdwest-Fryslân')).toBe("unknown municipality 'Súdwest-Fryslân'; did you mean 'sudwest-fryslan'?");
    expect(hint('Atlantis')).toBe("unknown municipality 'Atlantis'");
  });
});
