import { randomUUID } from 'node:crypto';
import {
  ForbiddenError,
  hasRole,
  NodeInput,
  NotFoundError,
  ORGANISATION_KINDS,
  StakeholderNode,
  ValidationError,
  Viewer,
} from '@koppel/domain';
import type { GraphStore } from '@koppel/graph-store';

/**
 * Consent to matchmaking: an organisation's own accounts or a coordinator switch it. An
 * organisation that opted out is left out of every suggestion, scouting and supplier list from
 * the next request on: the match context reads the switch from the store on every request.
 */
export class ConsentChange {
  constructor(private readonly store: GraphStore) {}

  async setVisibleForMatchmaking(viewer: Viewer, organisationId: string, visible: boolean, now = new Date()): Promise<StakeholderNode> {
    const node = await this.store.getNode(organisationId);
    if (!node) throw new NotFoundError('node', organisationId);
    if (!ORGANISATION_KINDS.includes(node.kind)) {
      throw new ValidationError([{ field: 'organisationId', reason: `must be an organisation; '${organisationId}' is a ${node.kind}` }]);
    }
    if (!hasRole(viewer, 'COORDINATOR') && viewer.organisationId !== organisationId) {
      throw new ForbiddenError("only the organisation's own accounts or a coordinator may change its consent to matchmaking");
    }
    const audit = {
      id: `audit:${randomUUID()}`,
      at: now.toISOString(),
      action: 'SET_VISIBLE_FOR_MATCHMAKING' as const,
      actorAccountId: viewer.accountId,
      subject: organisationId,
      reason: `visibleForMatchmaking: ${visible}`,
    };
    // The change and its audit entry in one transaction: neither is ever stored without the other.
    if (node.visibleForMatchmaking !== visible) {
      await this.store.upsert({ nodes: [{ ...asInput(node), visibleForMatchmaking: visible }] }, { origin: 'USER', actor: viewer.accountId, at: now, audit });
    } else {
      await this.store.appendAuditEntry(audit);
    }
    return { ...node, visibleForMatchmaking: visible };
  }
}

/** A stored node as upsert takes it: without what the store derives (province) or stamps (provenance). */
function asInput(node: StakeholderNode): NodeInput {
  const { province: _province, provenance: _provenance, ...input } = node as StakeholderNode & { province?: unknown };
  return (node.kind === 'Province' ? { ...input, province: (node as { province: string }).province } : input) as NodeInput;
}
