import { z } from 'zod';
import { FINANCE_INSTRUMENTS } from './enterprise-profile';
import { ID_PATTERN } from './node.schema';
import { provenanceSchema } from './provenance';
import { RELATIONSHIP_TYPES } from './relationship-types';
import { RELATIONSHIP_KEY_PATTERN, relationshipInputSchema, VISIBILITIES } from './relationship.schema';

/**
 * A shortcut through relationshipInputSchema for the plainly valid relationship that imports
 * are made of. It returns exactly what the schema would return, or undefined whenever it cannot
 * vouch for the input (a value out of bounds, a field it does not know, text the schema would
 * trim, anything unusual); the caller then asks the schema itself, so every refusal and every
 * message still comes from zod.
 *
 * Why: zod takes about 1.3 µs a relationship, mostly bookkeeping for issues a valid one never
 * has; that was an eighth of an import into the embedded store. This takes a fraction of that.
 * relationship-quick-parse.spec.ts holds it to the schema, field by field, over many values.
 */
export function quickParseRelationship(raw: unknown): ParsedRelationship | undefined {
  if (!isPlainObject(raw)) return undefined;
  // Each present field's value, in the slot of its place in the schema.
  const values: unknown[] = new Array(FIELD_ORDER.length);
  for (const key in raw) {
    const position = FIELD_POSITION.get(key);
    // The schema is strict: a field it does not know is the schema's to refuse.
    if (position === undefined) return undefined;
    // No check accepts undefined: a field present with that value is the schema's corner too.
    const accepted = CHECKS[position](raw[key]);
    if (accepted === DEFER) return undefined;
    values[position] = accepted;
  }
  // Assembled in the schema's order, so the result has zod's key order too.
  const parsed: Record<string, unknown> = {};
  for (let position = 0; position < FIELD_ORDER.length; position++) {
    const field = FIELD_ORDER[position];
    let value = values[position];
    if (value === undefined) value = WHEN_ABSENT[field];
    if (value === REQUIRED) return undefined;
    if (value !== OMITTED) parsed[field] = value;
  }
  return parsed as ParsedRelationship;
}

type ParsedRelationship = z.output<typeof relationshipInputSchema>;
type Field = keyof typeof relationshipInputSchema.shape;

/** A field check's "not sure": the whole relationship goes to the schema. */
const DEFER = Symbol('defer');

/**
 * What the schema makes of a present value, as a plain check: the value itself when it would
 * accept it unchanged, DEFER otherwise. A field of the schema missing here fails to compile.
 */
const FIELDS: Record<Field, (value: unknown) => unknown> = {
  type: oneOf(RELATIONSHIP_TYPES),
  from: matching(ID_PATTERN),
  to: matching(ID_PATTERN),
  key: matching(RELATIONSHIP_KEY_PATTERN),
  strength: numberFrom(0, 1),
  // z.iso.date() checks with this very pattern.
  lastActiveAt: matching(z.regexes.date),
  amountEur: wholeNumberFrom(0, Number.MAX_SAFE_INTEGER),
  year: wholeNumberFrom(1900, 2100),
  instrument: oneOf(FINANCE_INSTRUMENTS),
  category: untrimmedTextUpTo(200),
  role: untrimmedTextUpTo(200),
  source: untrimmedTextUpTo(500),
  confidence: numberFrom(0, 1),
  visibility: oneOf(VISIBILITIES),
  // Rare in bulk (files brought back from an export): the field's own schema checks it.
  provenance: (value) => {
    const result = provenanceSchema.safeParse(value);
    return result.success ? result.data : DEFER;
  },
};

const FIELD_ORDER = Object.keys(relationshipInputSchema.shape) as Field[];
const CHECKS = FIELD_ORDER.map((field) => FIELDS[field]);
const FIELD_POSITION: ReadonlyMap<string, number> = new Map(FIELD_ORDER.map((field, position) => [field, position]));

const REQUIRED = Symbol('required');
const OMITTED = Symbol('omitted');

/**
 * What an absent field becomes, asked of the schema itself once: its default, nothing (an
 * optional field), or a refusal. Only plain values are used as defaults; an object default
 * would be shared between results, so such a field is left to the schema.
 */
const WHEN_ABSENT = Object.fromEntries(
  FIELD_ORDER.map((field) => {
    const result = relationshipInputSchema.shape[field].safeParse(undefined);
    const absent = !result.success ? REQUIRED : result.data === undefined ? OMITTED : result.data;
    return [field, typeof absent === 'object' ? REQUIRED : absent];
  }),
) as Record<Field, unknown>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function oneOf(values: readonly string[]): (value: unknown) => unknown {
  const allowed: ReadonlySet<unknown> = new Set(values);
  return (value) => (allowed.has(value) ? value : DEFER);
}

function matching(pattern: RegExp): (value: unknown) => unknown {
  return (value) => (typeof value === 'string' && pattern.test(value) ? value : DEFER);
}

/** NaN and the infinities fail the comparisons, as the schema refuses them. */
function numberFrom(min: number, max: number): (value: unknown) => unknown {
  return (value) => (typeof value === 'number' && value >= min && value <= max ? value : DEFER);
}

/** zod's int() means a safe integer. */
function wholeNumberFrom(min: number, max: number): (value: unknown) => unknown {
  return (value) => (Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max ? value : DEFER);
}

/** Text the schema would trim is left to it, so what is accepted here comes back unchanged. */
function untrimmedTextUpTo(max: number): (value: unknown) => unknown {
  return (value) => (typeof value === 'string' && value.length <= max && value.trim() === value ? value : DEFER);
}
