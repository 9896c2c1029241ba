import { findMunicipality, Province } from './municipalities';
import type { ValidNode } from './node.schema';
import type { Provenance } from './provenance';

/**
 * A node as the store keeps it: validated, with the province derived from its municipality and,
 * once written, the provenance of its first write.
 */
export type StakeholderNode = ValidNode & { province?: Province; provenance?: Provenance };

export function withDerivedProvince(node: ValidNode): StakeholderNode {
  if (node.kind === 'Province') return node;
  const municipality = node.municipality ? findMunicipality(node.municipality) : undefined;
  return municipality ? { ...node, province: municipality.province } : node;
}
