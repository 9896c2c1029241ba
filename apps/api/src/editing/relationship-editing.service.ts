import { Inject, Injectable } from '@nestjs/common';
import {
  ConflictError,
  NotFoundError,
  relationshipId,
  requireMayEdit,
  ValidRelationship,
  Viewer,
} from '@koppel/domain';
import type { GraphStore, RelationshipIdentity } from '@koppel/graph-store';
import { GRAPH_STORE } from '../store/graph-store.token';
import { applyPatch, withoutNulls, writeOne } from './written-by';

/**
 * Creating, changing and deleting the relationships users keep (memberships, fundings,
 * purchases, who knows whom, support, partnerships) on behalf of a signed-in account.
 * Property updates are last-write-wins, as for nodes.
 */
@Injectable()
export class RelationshipEditingService {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  async create(input: RelationshipIdentity & object, viewer: Viewer): Promise<ValidRelationship> {
    requireMayEdit(viewer, { action: 'editRelationship', from: input.from, to: input.to });
    await this.requireEnds(input);
    if (await this.store.getRelationship(input)) {
      throw new ConflictError(
        `relationship '${relationshipId(input)}' exists already; update it, or give the new one another key`,
      );
    }
    await writeOne(this.store, { relationships: [withoutNulls(input)] }, viewer, 'input');
    return this.read(input);
  }

  async update(identity: RelationshipIdentity, patch: object, viewer: Viewer): Promise<ValidRelationship> {
    requireMayEdit(viewer, { action: 'editRelationship', from: identity.from, to: identity.to });
    const { id: _id, provenance: _kept, ...stored } = await this.read(identity);
    await writeOne(this.store, { relationships: [applyPatch(stored, patch)] }, viewer, 'patch');
    return this.read(identity);
  }

  async delete(identity: RelationshipIdentity, viewer: Viewer): Promise<string> {
    requireMayEdit(viewer, { action: 'editRelationship', from: identity.from, to: identity.to });
    if (!(await this.store.deleteRelationship(identity))) throw new NotFoundError('Relationship', relationshipId(identity));
    return relationshipId(identity);
  }

  private async read(identity: RelationshipIdentity): Promise<ValidRelationship> {
    const found = await this.store.getRelationship(identity);
    if (!found) throw new NotFoundError('Relationship', relationshipId(identity));
    return found;
  }

  private async requireEnds({ from, to }: RelationshipIdentity): Promise<void> {
    const found = new Set((await this.store.getNodes([from, to])).map((node) => node.id));
    for (const id of [from, to]) if (!found.has(id)) throw new NotFoundError('Node', id);
  }
}
