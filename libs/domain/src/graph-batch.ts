import { FieldIssue, ValidationError } from './domain-errors';
import { NodeKind } from './node-kinds';
import { nodeInputSchema, NodeInput } from './node.schema';
import { relationshipId, relationshipInputSchema, RelationshipInput, ValidRelationship } from './relationship.schema';
import { quickParseRelationship } from './relationship-quick-parse';
import { RELATIONSHIP_RULES } from './relationship-types';
import { StakeholderNode, withDerivedProvince } from './stakeholder';

/** What one upsert call carries: applied all together or not at all. */
export interface GraphBatchInput {
  nodes?: readonly unknown[];
  relationships?: readonly unknown[];
}

export interface ValidGraphBatch {
  nodes: StakeholderNode[];
  relationships: ValidRelationship[];
}

export type { NodeInput, RelationshipInput };

function pathOf(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    prefix,
  );
}

/**
 * Validates the shape of every item of a batch. Collects every problem before refusing, so
 * one answer lists all that must be fixed.
 */
export function validateGraphBatch(batch: GraphBatchInput): ValidGraphBatch {
  const issues: FieldIssue[] = [];
  const nodes: StakeholderNode[] = [];
  const relationships: ValidRelationship[] = [];
  const seenNodeKinds = new Map<string, NodeKind>();

  (batch.nodes ?? []).forEach((raw, index) => {
    const result = nodeInputSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ field: pathOf(`nodes[${index}]`, issue.path), reason: issue.message });
      }
      return;
    }
    const earlier = seenNodeKinds.get(result.data.id);
    if (earlier && earlier !== result.data.kind) {
      issues.push({
        field: `nodes[${index}].kind`,
        reason: `id '${result.data.id}' appears earlier in the batch with kind ${earlier}`,
      });
    }
    seenNodeKinds.set(result.data.id, result.data.kind);
    nodes.push(withDerivedProvince(result.data));
  });

  (batch.relationships ?? []).forEach((raw, index) => {
    // The quick parse vouches for the plainly valid relationships an import is made of; the
    // schema decides the rest and words every refusal.
    let parsed = quickParseRelationship(raw);
    if (!parsed) {
      const result = relationshipInputSchema.safeParse(raw);
      if (!result.success) {
        for (const issue of result.error.issues) {
          issues.push({ field: pathOf(`relationships[${index}]`, issue.path), reason: issue.message });
        }
        return;
      }
      parsed = result.data;
    }
    if (parsed.from === parsed.to) {
      issues.push({ field: `relationships[${index}].to`, reason: 'a node cannot be related to itself' });
    }
    // The parsed object is a fresh one of our own, so the id is added to it instead of to a copy:
    // spreading 100k relationships of differing shapes cost over half as much as validating them.
    const rel = parsed as ValidRelationship;
    rel.id = relationshipId(rel);
    relationships.push(rel);
  });

  if (issues.length > 0) throw new ValidationError(issues);
  return { nodes, relationships };
}

/**
 * Checks what only the store can tell: that no id changes kind, and that every relationship's
 * endpoints exist (in the batch or already stored) and are of kinds its type allows.
 * `storedKinds` holds the kinds of the ids the batch refers to that are already stored.
 */
export function checkBatchAgainstStore(batch: ValidGraphBatch, storedKinds: ReadonlyMap<string, NodeKind>): void {
  throwIfAny([...nodeKindIssues(batch, storedKinds), ...endpointIssues(batch, storedKinds)]);
}

/**
 * The same without the endpoints, for a store that checks endpoints as it writes and calls
 * checkBatchAgainstStore only to explain a refusal.
 */
export function checkNodeKindsAgainstStore(batch: ValidGraphBatch, storedKinds: ReadonlyMap<string, NodeKind>): void {
  throwIfAny(nodeKindIssues(batch, storedKinds));
}

function throwIfAny(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new ValidationError(issues);
}

function nodeKindIssues(batch: ValidGraphBatch, storedKinds: ReadonlyMap<string, NodeKind>): FieldIssue[] {
  return batch.nodes.flatMap((node, index) => {
    const stored = storedKinds.get(node.id);
    return stored && stored !== node.kind
      ? [{ field: `nodes[${index}].kind`, reason: `id '${node.id}' is already of kind ${stored}; a node cannot change kind` }]
      : [];
  });
}

/** Plain loops: this runs for every relationship of every import, so it allocates little. */
function endpointIssues(batch: ValidGraphBatch, storedKinds: ReadonlyMap<string, NodeKind>): FieldIssue[] {
  const batchKinds = new Map<string, NodeKind>();
  for (const node of batch.nodes) batchKinds.set(node.id, node.kind);
  const issues: FieldIssue[] = [];
  batch.relationships.forEach((rel, index) => {
    for (const end of ['from', 'to'] as const) {
      const id = rel[end];
      const kind = batchKinds.get(id) ?? storedKinds.get(id);
      const allowed = RELATIONSHIP_RULES[rel.type][end];
      if (!kind) {
        issues.push({ field: `relationships[${index}].${end}`, reason: `unknown node '${id}'` });
      } else if (!allowed.includes(kind)) {
        issues.push({
          field: `relationships[${index}].${end}`,
          reason: `${rel.type} cannot ${end === 'from' ? 'start at' : 'end at'} kind ${kind} (allowed: ${allowed.join(', ')})`,
        });
      }
    }
  });
  return issues;
}

/** The ids a batch refers to, whose stored kinds the store must look up. */
export function idsReferencedBy(batch: ValidGraphBatch): string[] {
  const ids = new Set<string>();
  for (const node of batch.nodes) ids.add(node.id);
  for (const rel of batch.relationships) {
    ids.add(rel.from);
    ids.add(rel.to);
  }
  return [...ids];
}
