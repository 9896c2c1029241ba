import { Inject, Injectable } from '@nestjs/common';
import { ConflictError, NodeKind, NotFoundError, requireMayEdit, StakeholderNode, Viewer } from '@koppel/domain';
import type { GraphStore } from '@koppel/graph-store';
import { GRAPH_STORE } from '../store/graph-store.token';
import { idFromName } from './new-node-id';
import { applyPatch, withoutNulls, writeOne } from './written-by';

/** How many `-2`, `-3`, ... a made-up id tries before asking the client for one. */
const ID_ATTEMPTS = 20;

/**
 * Creating, changing and deleting nodes on behalf of a signed-in account. Who may is decided
 * by requireMayEdit (libs/domain); what is valid by the store's validation.
 *
 * Updates are last-write-wins: the embedded store keeps no version per node, so two patches
 * made at the same moment each apply to what they read, and the later write's fields win.
 */
@Injectable()
export class NodeEditingService {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  async create(kind: NodeKind, input: { id?: string | null; name: string }, viewer: Viewer): Promise<StakeholderNode> {
    requireMayEdit(viewer, { action: 'createNode' });
    const id = input.id ?? (await this.unusedId(kind, input.name));
    if (input.id && (await this.store.getNode(input.id))) {
      throw new ConflictError(`a node with id '${input.id}' exists already; update it, or choose another id`);
    }
    await writeOne(this.store, { nodes: [{ ...withoutNulls(input), id, kind }] }, viewer, 'input');
    return this.read(kind, id);
  }

  async update(kind: NodeKind, id: string, patch: object, viewer: Viewer): Promise<StakeholderNode> {
    requireMayEdit(viewer, { action: 'updateNode', nodeId: id });
    const { provenance: _kept, province, ...stored } = await this.read(kind, id);
    // The province of a located node is derived from its municipality; a Province's is its own.
    const record = kind === 'Province' ? { ...stored, province } : stored;
    await writeOne(this.store, { nodes: [applyPatch(record, patch)] }, viewer, 'patch');
    return this.read(kind, id);
  }

  async delete(id: string, viewer: Viewer): Promise<string> {
    requireMayEdit(viewer, { action: 'deleteNode', nodeId: id });
    if (!(await this.store.deleteNode(id))) throw new NotFoundError('Node', id);
    return id;
  }

  private async read(kind: NodeKind, id: string): Promise<StakeholderNode> {
    const node = await this.store.getNode(id);
    if (!node || node.kind !== kind) throw new NotFoundError(kind, id);
    return node;
  }

  private async unusedId(kind: NodeKind, name: string): Promise<string> {
    const candidates = Array.from({ length: ID_ATTEMPTS }, (_, attempt) => idFromName(kind, String(name ?? ''), attempt + 1));
    const taken = new Set((await this.store.getNodes(candidates)).map((node) => node.id));
    const free = candidates.find((candidate) => !taken.has(candidate));
    if (!free) throw new ConflictError(`ids for '${name}' are all taken; give the new node an id`);
    return free;
  }
}
