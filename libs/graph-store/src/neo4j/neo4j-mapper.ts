import neo4j, { Integer, isInt } from 'neo4j-driver';
import { createHash } from 'node:crypto';
import {
  Introduction,
  Provenance,
  relationshipId,
  RelationshipType,
  searchKey,
  StakeholderNode,
  SuggestionImpression,
  TargetIntroductionRecord,
  ValidRelationship,
} from '@koppel/domain';
import { tieFactsOf, TrustTie } from '../match-context-assembly';

/**
 * Between domain objects and Neo4j properties. Neo4j keeps only scalars and lists of scalars,
 * so nested values (an entrepreneur's needs, a municipality's policy) travel as JSON text under
 * `<field>Json`. Whole numbers become Neo4j integers here and back, once, at the edge: a plain
 * JS number would be stored as a float.
 */
type Scalar = string | boolean | number | Integer | null;
export type Neo4jProperties = Record<string, Scalar | Scalar[]>;

const JSON_SUFFIX = 'Json';

function isScalar(value: unknown): boolean {
  const type = typeof value;
  return value === null || type === 'string' || type === 'boolean' || type === 'number';
}

function toNeo4jValue(value: unknown): Scalar | Scalar[] {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map((item) => toNeo4jValue(item) as Scalar);
  return value as Scalar;
}

function fromNeo4jValue(value: unknown): unknown {
  if (isInt(value)) return (value as Integer).toNumber();
  if (Array.isArray(value)) return value.map(fromNeo4jValue);
  return value;
}

/**
 * The fields of a record as properties, but for those in `skip`. A loop over the keys, with no
 * copy of the record first: this runs for every row of every import.
 */
export function toProperties(record: object, skip: ReadonlySet<string>): Neo4jProperties {
  const properties: Neo4jProperties = {};
  for (const key of Object.keys(record)) {
    const value = (record as Record<string, unknown>)[key];
    if (value === undefined || skip.has(key)) continue;
    const plain = isScalar(value) || (Array.isArray(value) && value.every(isScalar));
    if (plain) properties[key] = toNeo4jValue(value);
    else properties[`${key}${JSON_SUFFIX}`] = JSON.stringify(value);
  }
  return properties;
}

export function fromProperties(properties: Record<string, unknown>, derived: readonly string[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (derived.includes(key)) continue;
    if (key.endsWith(JSON_SUFFIX)) record[key.slice(0, -JSON_SUFFIX.length)] = JSON.parse(value as string);
    else record[key] = fromNeo4jValue(value);
  }
  return record;
}

const writeIds = new WeakMap<Provenance, string>();

/**
 * The id of the KoppelWrite node of a provenance: derived from it, so MERGE finds it again.
 * Remembered per provenance object, since a whole batch usually shares one.
 */
export function writeIdOf(provenance: Provenance): string {
  const known = writeIds.get(provenance);
  if (known) return known;
  const content = JSON.stringify([provenance.origin, provenance.addedBy, provenance.addedAt, provenance.reference ?? null]);
  const id = createHash('sha256').update(content).digest('hex').slice(0, 24);
  writeIds.set(provenance, id);
  return id;
}

function provenanceFrom(write: Record<string, unknown> | null | undefined): { provenance?: Provenance } {
  return write ? { provenance: fromProperties(write, ['writeId']) as Provenance } : {};
}

/** Properties kept only so Neo4j can filter, search and find the write, and readers cache; not domain fields. */
const DERIVED_NODE_PROPERTIES = ['nameKey', 'needDomains', 'writeId', 'rev'];

/** Provenance lives on the write's KoppelWrite node, not on the node. */
const NOT_NODE_PROPERTIES: ReadonlySet<string> = new Set(['provenance']);

export function nodeToProperties(node: StakeholderNode, provenance: Provenance): Neo4jProperties {
  const needDomains = node.kind === 'Entrepreneur' ? [...new Set(node.needs.map((need) => need.domain))] : [];
  return { ...toProperties(node, NOT_NODE_PROPERTIES), nameKey: searchKey(node.name), needDomains, writeId: writeIdOf(provenance) };
}

export function propertiesToNode(properties: Record<string, unknown>, write?: Record<string, unknown> | null): StakeholderNode {
  return { ...fromProperties(properties, DERIVED_NODE_PROPERTIES), ...provenanceFrom(write) } as StakeholderNode;
}

/**
 * Type and ends are the relationship's shape in Neo4j, not properties, and its id is derived
 * from them and its key; so only the key (empty when none) and the other properties are stored.
 */
const NOT_RELATIONSHIP_PROPERTIES: ReadonlySet<string> = new Set(['id', 'type', 'from', 'to', 'key', 'provenance']);

export function relationshipToProperties(rel: ValidRelationship, provenance: Provenance): Neo4jProperties {
  const properties = toProperties(rel, NOT_RELATIONSHIP_PROPERTIES);
  properties.key = rel.key ?? '';
  properties.writeId = writeIdOf(provenance);
  return properties;
}

export interface RelationshipRecord {
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
  write?: Record<string, unknown> | null;
}

export function recordToRelationship(record: RelationshipRecord): ValidRelationship {
  const { key, ...properties } = fromProperties(record.properties, ['writeId']);
  const identity = { type: record.type, from: record.from, to: record.to, ...(key ? { key: key as string } : {}) };
  return { ...properties, ...identity, ...provenanceFrom(record.write), id: relationshipId(identity) } as ValidRelationship;
}

const NOTHING_TO_SKIP: ReadonlySet<string> = new Set();

/** Properties kept on an introduction only so Neo4j can count or lock it; not domain fields. */
const DERIVED_INTRODUCTION_PROPERTIES = ['outcomeKind', 'lock'];

/** Steps and outcome are nested, so they travel as JSON (`stepsJson`, `outcomeJson`); the version is an integer. */
export function introductionToProperties(introduction: Introduction): Neo4jProperties {
  return { ...toProperties(introduction, NOTHING_TO_SKIP), outcomeKind: introduction.outcome?.kind ?? null };
}

export function propertiesToIntroduction(properties: Record<string, unknown>): Introduction {
  return fromProperties(properties, DERIVED_INTRODUCTION_PROPERTIES) as unknown as Introduction;
}

/** A trust tie as the match-context statements return it, seen from `selfId`. */
export function recordToTrustTie(record: Record<string, unknown>, selfId: string): TrustTie {
  const type = record['type'] as RelationshipType;
  const from = record['from'] as string;
  const to = record['to'] as string;
  const key = record['key'] as string | null;
  const properties: Record<string, unknown> = {};
  for (const field of ['strength', 'lastActiveAt', 'confidence', 'year']) properties[field] = fromNeo4jValue(record[field]);
  return {
    id: relationshipId({ type, from, to, ...(key ? { key } : {}) }),
    otherId: from === selfId ? to : from,
    facts: tieFactsOf(type, properties),
  };
}

export function toNumbers<T extends object>(record: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fromNeo4jValue(value)])) as T;
}

export const recordToImpression = (record: Record<string, unknown>) => toNumbers<SuggestionImpression>(record);
export const recordToIntroductionRecord = (record: Record<string, unknown>) => toNumbers<TargetIntroductionRecord>(record);
