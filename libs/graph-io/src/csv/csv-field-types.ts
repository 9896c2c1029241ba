import type { z } from 'zod';
import { entrepreneurSchema, eventSchema, fundSchema, knowledgeInstitutionSchema, municipalitySchema, NodeKind, networkSchema, personSchema, provinceSchema, purchaserSchema, relationshipInputSchema, supportProgrammeSchema } from '@koppel/domain';

/**
 * What each column of a CSV file holds, read off the domain's own schemas, so that the CSV
 * format follows the model without a second list of fields to keep in step.
 */
export type FieldType = 'string' | 'number' | 'boolean' | 'list' | 'number-list' | 'object' | 'object-list';

const NODE_SCHEMAS: Record<NodeKind, z.ZodObject> = {
  Entrepreneur: entrepreneurSchema,
  Network: networkSchema,
  Fund: fundSchema as unknown as z.ZodObject,
  Purchaser: purchaserSchema,
  Municipality: municipalitySchema,
  Province: provinceSchema,
  KnowledgeInstitution: knowledgeInstitutionSchema,
  SupportProgramme: supportProgrammeSchema,
  Person: personSchema,
  Event: eventSchema,
};

interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The shape under optional/default/pipe wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  return schema;
}

function fieldType(schema: z.ZodType): FieldType {
  const def = defOf(unwrap(schema));
  if (def.type === 'number') return 'number';
  if (def.type === 'boolean') return 'boolean';
  if (def.type === 'object') return 'object';
  if (def.type === 'array') {
    const element = def.element ? defOf(unwrap(def.element)).type : 'string';
    return element === 'object' ? 'object-list' : element === 'number' ? 'number-list' : 'list';
  }
  return 'string';
}

function fieldTypesOf(schema: z.ZodObject): Map<string, FieldType> {
  return new Map(Object.entries(schema.shape).map(([field, fieldSchema]) => [field, fieldType(fieldSchema as z.ZodType)]));
}

/** Field types of a nested object field (a municipality's policy, a provenance, a need). */
export function nestedFieldTypes(owner: 'node' | 'relationship', kind: NodeKind | undefined, field: string): Map<string, FieldType> {
  const schema: z.ZodObject = owner === 'node' && kind ? NODE_SCHEMAS[kind] : (relationshipInputSchema as unknown as z.ZodObject);
  let nested = unwrap((schema.shape as Record<string, z.ZodType>)[field]);
  const def = defOf(nested);
  if (def.type === 'array' && def.element) nested = unwrap(def.element);
  return fieldTypesOf(nested as z.ZodObject);
}

export function nodeFieldTypes(kind: NodeKind): Map<string, FieldType> {
  return fieldTypesOf(NODE_SCHEMAS[kind]);
}

export function relationshipFieldTypes(): Map<string, FieldType> {
  return fieldTypesOf(relationshipInputSchema);
}

/** A cell as the spreadsheet user typed it, turned into the value the schema expects. */
export function parseCell(text: string, type: FieldType): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (type === 'list' || type === 'number-list') {
    const parts = trimmed.split('|').map((part) => part.trim()).filter(Boolean);
    return type === 'list' ? parts : parts.map((part) => (/^-?\d+(\.\d+)?$/.test(part) ? Number(part) : part));
  }
  if (type === 'number') return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
  if (type === 'boolean') {
    if (/^(true|ja|yes|1)$/i.test(trimmed)) return true;
    if (/^(false|nee|no|0)$/i.test(trimmed)) return false;
    return trimmed;
  }
  return trimmed;
}

export function formatCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join('|');
  return String(value);
}
