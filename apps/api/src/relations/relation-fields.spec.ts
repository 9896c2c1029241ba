import { NODE_KINDS, RELATIONSHIP_RULES } from '@koppel/domain';
import { RELATION_FIELDS } from './relation-fields';

describe('the relationship fields of each node type', () => {
  const entries = NODE_KINDS.flatMap((kind) => RELATION_FIELDS[kind].map((field) => ({ kind, field })));

  it.each(entries.map(({ kind, field }) => [kind, field.name, field] as const))(
    '%s.%s follows relationships a node of that kind can have at that end',
    (kind, _name, field) => {
      for (const type of field.types) {
        const rule = RELATIONSHIP_RULES[type];
        const canStart = rule.from.includes(kind);
        const canEnd = rule.to.includes(kind);
        if (field.direction === 'OUT') expect(canStart).toBe(true);
        if (field.direction === 'IN') expect(canEnd).toBe(true);
        if (field.direction === 'BOTH') expect(canStart && canEnd).toBe(true);
      }
    },
  );

  it('gives no type two fields of one name', () => {
    for (const kind of NODE_KINDS) {
      const names = RELATION_FIELDS[kind].map((field) => field.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
