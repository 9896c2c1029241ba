import { ValidationError } from '@koppel/domain';
import type { GraphStore } from '@koppel/graph-store';
import { applyPatch, withoutNulls, writeOne } from './written-by';

describe('applying a patch', () => {
  it('changes the fields it names, keeps the others, and removes those set to null', () => {
    const record = { name: 'Werkplaats Noord', description: 'meubels', foundedYear: 2019 };
    expect(applyPatch(record, { description: 'meubels en groen', foundedYear: null, website: undefined })).toEqual({
      name: 'Werkplaats Noord',
      description: 'meubels en groen',
    });
  });

  it('drops the nulls GraphQL sends for fields left empty, so the defaults apply', () => {
    expect(withoutNulls({ name: 'X', themes: null, illustrative: false })).toEqual({ name: 'X', illustrative: false });
  });
});

describe('writing one item as a user', () => {
  const viewer = { accountId: 'account:anna', role: 'COORDINATOR', organisationId: 'network:x' } as const;

  it('stamps the write USER, by the account', async () => {
    const upsert = jest.fn().mockResolvedValue({ nodesWritten: 1, relationshipsWritten: 0 });
    await writeOne({ upsert } as unknown as GraphStore, { nodes: [{ id: 'x' }] }, viewer, 'input');
    expect(upsert).toHaveBeenCalledWith({ nodes: [{ id: 'x' }] }, { origin: 'USER', actor: 'account:anna' });
  });

  it('names a refused field as the client sent it, under the argument', async () => {
    const upsert = jest.fn().mockRejectedValue(
      new ValidationError([
        { field: 'nodes[0].name', reason: 'must not be empty' },
        { field: 'relationships[0]', reason: 'must be an object' },
      ]),
    );
    const write = writeOne({ upsert } as unknown as GraphStore, { nodes: [] }, viewer, 'patch');
    await expect(write).rejects.toThrow('patch.name: must not be empty; patch: must be an object');
  });
});
