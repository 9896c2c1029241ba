import { findMunicipality, PROVINCE_NAMES, StakeholderNode } from '@koppel/domain';
import { sentence } from '../explanation/sentence';
import { distanceKm, intersection, reachOf } from '../profile-facts';
import type { FitFeature } from './fit-feature';

/** Nearer is better: halves every `halfDistanceKm`; without both places, whether their reach overlaps. */
export function regionFit(a: StakeholderNode, b: StakeholderNode, halfDistanceKm: number): FitFeature {
  const km = distanceKm(a, b);
  if (km !== undefined) {
    const rounded = Math.round(km);
    const same = a.municipality === b.municipality;
    const place = findMunicipality(a.municipality ?? '')?.name ?? '';
    return {
      kind: 'REGION',
      value: Math.pow(0.5, km / halfDistanceKm),
      evidence: { distanceKm: rounded },
      sentence: same
        ? sentence(`Beide zitten in ${place}.`, `Both are based in ${place}.`)
        : sentence(`Op ${rounded} km van elkaar.`, `${rounded} km apart.`),
    };
  }
  const shared = intersection(reachOf(a), reachOf(b));
  const names = shared.map((province) => PROVINCE_NAMES[province]).join(', ');
  return {
    kind: 'REGION',
    value: shared.length > 0 ? 1 : 0,
    evidence: {},
    sentence: shared.length > 0 ? sentence(`Beide actief in ${names}.`, `Both active in ${names}.`) : sentence('Niet in dezelfde regio.', 'Not in the same region.'),
  };
}
