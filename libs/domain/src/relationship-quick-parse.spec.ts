import { FINANCE_INSTRUMENTS } from './enterprise-profile';
import { quickParseRelationship } from './relationship-quick-parse';
import { RELATIONSHIP_TYPES } from './relationship-types';
import { relationshipInputSchema, VISIBILITIES } from './relationship.schema';

/**
 * The quick parse may only ever say what the schema says. Its contract, checked here over a
 * wide catalogue of values: it accepts an input exactly when the schema accepts it and gives
 * every present value back unchanged, and then it returns what the schema returns, key order
 * included. Bounds and patterns that drift apart from the schema's fail these tests.
 */

const long = (length: number) => 'x'.repeat(length);

const PROVENANCE = { origin: 'IMPORT', addedBy: 'koppel-import', addedAt: '2026-11-27T10:00:00.000Z' };

/** Values every field is tried with: each bound of the schema, either side of it, and odd things. */
const PROBES: unknown[] = [
  ...[-Infinity, -Number.MAX_SAFE_INTEGER, -1, -0.5, -0.001, -0, 0, 0.001, 0.5, 0.999, 1, 1.001, 1.5, 2, 17],
  ...[1799, 1800, 1899, 1899.5, 1900, 1900.5, 2000, 2099, 2100, 2100.5, 2101, 5_000, 25_000, 1e9],
  ...[Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, 2 ** 60, Infinity, NaN],
  ...RELATIONSHIP_TYPES,
  ...VISIBILITIES,
  ...FINANCE_INSTRUMENTS,
  ...['knows', 'public', 'loan', 'KNOWS ', 'Knows'],
  ...['', ' ', 'a', 'b', 'ent-1', 'bench-ent-12', 'a.b_c:d-e', '9lives', '-leading', '.dot', 'has space', 'ünï', 'a/b', 'a#b'],
  ...[long(63), long(64), long(65), long(127), long(128), long(129), long(199), long(200), long(201), long(499), long(500), long(501)],
  ...[' padded', 'padded ', ' padded ', '\tTab', 'nbsp\u00a0', `${long(200)} `, `${long(500)} `],
  ...['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '2024-06-01', '2024-6-1', '2024-13-01', '2024-04-31'],
  ...['2024-06-01T00:00:00Z', '20240601', '2023', '0', '1', 'true'],
  ...[true, false, null, {}, [], ['KNOWS'], [1], new Date('2024-06-01'), BigInt(1), Symbol('s'), () => 1],
  PROVENANCE,
  { ...PROVENANCE, reference: 'export.json' },
  { ...PROVENANCE, origin: 'ALIENS' },
  { ...PROVENANCE, addedAt: 'yesterday' },
  { ...PROVENANCE, extra: 1 },
  { origin: 'SEED' },
];

const FIELDS = Object.keys(relationshipInputSchema.shape) as (keyof typeof relationshipInputSchema.shape)[];
const BASE = { type: 'KNOWS', from: 'ent-a', to: 'ent-b' };

/** The contract, for one input. */
function expectAgreement(input: Record<string, unknown>): void {
  const quick = quickParseRelationship(input);
  const zod = relationshipInputSchema.safeParse(input);
  const unchanged =
    zod.success &&
    Object.entries(input).every(([field, value]) => JSON.stringify((zod.data as Record<string, unknown>)[field]) === JSON.stringify(value));
  if (quick === undefined) {
    expect({ input, acceptedUnchangedByZod: unchanged }).toEqual({ input, acceptedUnchangedByZod: false });
  } else {
    expect(zod.success).toBe(true);
    expect(quick).toStrictEqual(zod.data);
    expect(Object.keys(quick)).toEqual(Object.keys(zod.data as object));
  }
}

describe('quickParseRelationship', () => {
  it.each(FIELDS)('agrees with the schema on every probe value of %s', (field) => {
    for (const value of PROBES) expectAgreement({ ...BASE, [field]: value });
  });

  it('agrees with the schema on 20,000 random mixtures of fields and values', () => {
    let seed = 20261127;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
    for (let i = 0; i < 20_000; i++) {
      const input: Record<string, unknown> = {};
      for (const field of FIELDS) if (random() < 0.3) input[field] = pick(PROBES);
      // Mostly the right shape for the required fields, so that many inputs are valid.
      if (random() < 0.9) input.type = pick(RELATIONSHIP_TYPES);
      if (random() < 0.9) input.from = pick(['ent-a', 'p.1', 'x']);
      if (random() < 0.9) input.to = pick(['ent-b', 'net:2', 'y']);
      expectAgreement(input);
    }
  });

  it('takes the plain relationships of an import, applying the defaults in the schema order', () => {
    const parsed = quickParseRelationship({ strength: 0.5, type: 'KNOWS', to: 'b', from: 'a', lastActiveAt: '2024-06-01' });
    expect(parsed).toStrictEqual({ type: 'KNOWS', from: 'a', to: 'b', strength: 0.5, lastActiveAt: '2024-06-01', confidence: 1, visibility: 'PUBLIC' });
    expect(Object.keys(parsed ?? {})).toEqual(['type', 'from', 'to', 'strength', 'lastActiveAt', 'confidence', 'visibility']);
  });

  it('returns a new object, never the caller’s', () => {
    const input = { ...BASE };
    expect(quickParseRelationship(input)).not.toBe(input);
  });

  it('leaves to the schema what it cannot vouch for', () => {
    expect(quickParseRelationship({ ...BASE, id: 'r1' })).toBeUndefined();
    expect(quickParseRelationship({ ...BASE, strength: undefined })).toBeUndefined();
    expect(quickParseRelationship({ ...BASE, role: ' founder ' })).toBeUndefined();
    expect(quickParseRelationship({ type: 'KNOWS', from: 'a' })).toBeUndefined();
    expect(quickParseRelationship(Object.assign(Object.create({ inherited: 1 }), BASE))).toBeUndefined();
    class Edge {
      type = 'KNOWS';
      from = 'a';
      to = 'b';
    }
    expect(quickParseRelationship(new Edge())).toBeUndefined();
    for (const odd of [null, undefined, 'KNOWS', 1, [BASE]]) expect(quickParseRelationship(odd)).toBeUndefined();
  });

  it('takes an object without a prototype like any other', () => {
    const input = Object.assign(Object.create(null), BASE);
    expect(quickParseRelationship(input)).toStrictEqual(relationshipInputSchema.parse({ ...BASE }));
  });
});
