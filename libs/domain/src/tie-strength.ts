/**
 * A KNOWS tie fades when nobody confirms it: its strength halves every TIE_HALF_LIFE_YEARS
 * after it was last active. Two people who worked together five years ago are a weaker warm
 * path than two who met last month, even if both ties were entered as "strong".
 */
export const TIE_HALF_LIFE_YEARS = 2;

const MS_PER_YEAR = 365.25 * 24 * 60 * 60 * 1000;

export function fadedTieStrength(
  tie: { strength?: number; lastActiveAt?: string },
  now: Date,
  halfLifeYears = TIE_HALF_LIFE_YEARS,
): number {
  const strength = tie.strength ?? 0.5;
  if (!tie.lastActiveAt) return strength;
  const years = Math.max(0, (now.getTime() - Date.parse(tie.lastActiveAt)) / MS_PER_YEAR);
  return strength * Math.pow(0.5, years / halfLifeYears);
}
