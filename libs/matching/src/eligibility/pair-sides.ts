import type { StakeholderNode } from '@koppel/domain';

/**
 * The rules about funds and purchasers hold whichever side asks: an entrepreneur looking for a
 * fund and a fund scouting entrepreneurs meet the same thesis. This finds the two roles in a pair.
 */
export function sidesOf<K extends StakeholderNode['kind']>(
  a: StakeholderNode,
  b: StakeholderNode,
  kind: K,
): { enterprise: Extract<StakeholderNode, { kind: 'Entrepreneur' }>; other: Extract<StakeholderNode, { kind: K }> } | null {
  if (a.kind === 'Entrepreneur' && b.kind === kind) return { enterprise: a, other: b as Extract<StakeholderNode, { kind: K }> };
  if (b.kind === 'Entrepreneur' && a.kind === kind) return { enterprise: b, other: a as Extract<StakeholderNode, { kind: K }> };
  return null;
}
