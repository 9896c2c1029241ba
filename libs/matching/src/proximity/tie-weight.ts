import { fadedTieStrength, TieFacts } from '@koppel/domain';

/**
 * How much a trust relationship carries, 0..1: its strength (or a default by type when nobody
 * said), faded by how long ago it was last active (or happened), times how sure we are of it.
 */
const DEFAULT_STRENGTH: Record<string, number> = {
  KNOWS: 0.5,
  WORKS_FOR: 0.9,
  MEMBER_OF: 0.5,
  PARTNERS_WITH: 0.7,
  SUPPORTED_BY: 0.6,
  FUNDED: 0.6,
  BOUGHT_FROM: 0.6,
};

export function tieWeight(tie: TieFacts, now: Date): number {
  const strength = tie.strength ?? DEFAULT_STRENGTH[tie.type] ?? 0.5;
  const lastActiveAt = tie.lastActiveAt ?? (tie.year ? `${tie.year}-07-01` : undefined);
  return fadedTieStrength({ strength, lastActiveAt }, now) * tie.confidence;
}
