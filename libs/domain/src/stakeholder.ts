import { findMunicipality, Province } from './municipalities';
import type { ValidNode } from './node.schema';

/** A node as the store keeps it: validated, with the province derived from its municipality. */
export type StakeholderNode = ValidNode & { province?: Province };

export function withDerivedProvince(node: ValidNode): StakeholderNode {
  if (node.kind === 'Province') return node;
  const municipality = node.municipality ? findMunicipality(node.municipality) : undefined;
  return municipality ? { ...node, province: municipality.province } : node;
}
