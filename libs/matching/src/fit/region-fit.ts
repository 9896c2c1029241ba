import { PROVINCE_NAMES, StakeholderNode } from '@koppel/domain';
import { sentence } from '../explanation/sentence';
import { distanceKm, factsOf, intersection, reachOf } from '../profile-facts';
import type { FitFeature } from './fit-feature';

/** Nearer is better: halves every `halfDistanceKm`; without both places, whether their reach overlaps. */
export function regionFit(a: StakeholderNode, b: StakeholderNode, halfDistanceKm: number): FitFeature {
  const km = distanceKm(a, b);
  if (km !== undefined) {
    return {
      kind: 'REGION',
      value: Math.pow(0.5, km / halfDistanceKm),
      explain() {
        const rounded = Math.round(km);
        const place = factsOf(a).place?.name ?? '';
        return {
          evidence: { distanceKm: rounded },
          sentence:
            a.municipality === b.municipality
              ? sentence(`Beide zitten in ${place}.`, `Both are based in ${place}.`)
              : sentence(`Op ${rounded} km van elkaar.`, `${rounded} km apart.`),
        };
      },
    };
  }
  const reachB = reachOf(b);
  const overlaps = reachOf(a).some((province) => reachB.includes(province));
  return {
    kind: 'REGION',
    value: overlaps ? 1 : 0,
    explain() {
      const names = intersection(reachOf(a), reachB).map((province) => PROVINCE_NAMES[province]).join(', ');
      return {
        evidence: {},
        sentence: overlaps ? sentence(`Beide actief in ${names}.`, `Both active in ${names}.`) : sentence('Niet in dezelfde regio.', 'Not in the same region.'),
      };
    },
  };
}
