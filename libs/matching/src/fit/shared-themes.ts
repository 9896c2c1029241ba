import type { StakeholderNode } from '@koppel/domain';
import { sentence, themeNames } from '../explanation/sentence';
import { intersection, jaccard, sdgsOf } from '../profile-facts';
import type { FitFeature } from './fit-feature';

/**
 * Themes by overlap coefficient (shared / the smaller set), so a fund with six themes is not
 * penalised for them; SDGs (named and implied by themes) by Jaccard, as a lighter second signal.
 */
export function sharedThemes(a: StakeholderNode, b: StakeholderNode): FitFeature | null {
  if (a.themes.length === 0 || b.themes.length === 0) return null;
  const shared = intersection(a.themes, b.themes);
  const overlap = shared.length / Math.min(a.themes.length, b.themes.length);
  const sdgsA = sdgsOf(a);
  const sdgsB = sdgsOf(b);
  const sharedSdgs = intersection(sdgsA, sdgsB);
  const names = themeNames(shared);
  return {
    kind: 'SHARED_THEMES',
    value: 0.75 * overlap + 0.25 * jaccard(sdgsA, sdgsB),
    evidence: { themes: shared, sdgs: sharedSdgs },
    sentence:
      shared.length > 0
        ? sentence(`Beide werken aan ${names.nl}.`, `Both work on ${names.en}.`)
        : sentence(`Verwante duurzame-ontwikkelingsdoelen (SDG ${sharedSdgs.join(', ')}).`, `Related sustainable development goals (SDG ${sharedSdgs.join(', ')}).`),
  };
}
