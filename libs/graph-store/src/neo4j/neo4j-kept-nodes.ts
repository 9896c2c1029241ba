import type { StakeholderNode } from '@koppel/domain';

/**
 * Parsed nodes kept between requests, about 1 KB each: a 100k-organisation graph (130k nodes)
 * fits whole in some 140 MB. Fewer make a large graph's requests parse again what they evicted.
 */
export const KEPT_NODES_DEFAULT_SIZE = 200_000;

/**
 * Nodes as parsed at a `rev`: every write of a node gives it a new random rev in the same
 * statement (UPSERT_NODES), and nothing else changes a node's properties, so a node kept at the
 * rev the database still has is the node. Decoding a node's properties costs the driver far more
 * than the server spends finding it; a read that learns a node's rev first need not send it
 * again. Least recently used go first once `size` are kept. The nodes are frozen: many requests
 * share them.
 */
export class KeptNodes {
  /** id -> the node as parsed at rev; least recently used first. */
  private readonly kept = new Map<string, { rev: string; node: StakeholderNode }>();

  constructor(private readonly size: number = KEPT_NODES_DEFAULT_SIZE) {}

  /** The node kept at exactly this rev, now most recently used; undefined when there is none. */
  at(id: string, rev: string): StakeholderNode | undefined {
    const entry = this.kept.get(id);
    if (!entry || entry.rev !== rev) return undefined;
    this.kept.delete(id);
    this.kept.set(id, entry);
    return entry.node;
  }

  /**
   * What is kept of a node now, without making it more recently used: a reader that sends the rev
   * and later learns it is still current holds on to the node meanwhile, whatever is evicted.
   */
  entry(id: string): { rev: string; node: StakeholderNode } | undefined {
    return this.kept.get(id);
  }

  keep(node: StakeholderNode, rev: string): void {
    this.kept.delete(node.id);
    if (this.kept.size >= this.size) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(node.id, { rev, node });
  }
}
