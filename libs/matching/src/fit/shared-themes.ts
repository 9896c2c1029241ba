import type { StakeholderNode } from '@koppel/domain';
import { sentence, themeNames } from '../explanation/sentence';
import { countShared, factsOf } from '../profile-facts';
import type { FitFeature } from './fit-feature';

/**
 * Themes by overlap coefficient (shared / the smaller set), so a fund with six themes is not
 * penalised for them; SDGs (named and implied by themes) by Jaccard, as a lighter second signal.
 */
export function sharedThemes(a: StakeholderNode, b: StakeholderNode): FitFeature | null {
  if (a.themes.length === 0 || b.themes.length === 0) return null;
  const factsA = factsOf(a);
  const factsB = factsOf(b);
  const shared = countShared(factsA.themes, factsB.themes);
  const overlap = shared / Math.min(factsA.themes.size, factsB.themes.size);
  const sharedSdgCount = countShared(factsA.sdgs, factsB.sdgs);
  const union = factsA.sdgs.size + factsB.sdgs.size - sharedSdgCount;
  return {
    kind: 'SHARED_THEMES',
    value: 0.75 * overlap + 0.25 * (union === 0 ? 0 : sharedSdgCount / union),
    explain() {
      const themes = a.themes.filter((theme) => factsB.themes.has(theme));
      const sdgs = [...factsA.sdgs].filter((sdg) => factsB.sdgs.has(sdg));
      const names = themeNames(themes);
      return {
        evidence: { themes, sdgs },
        sentence:
          themes.length > 0
            ? sentence(`Beide werken aan ${names.nl}.`, `Both work on ${names.en}.`)
            : sentence(`Verwante duurzame-ontwikkelingsdoelen (SDG ${sdgs.join(', ')}).`, `Related sustainable development goals (SDG ${sdgs.join(', ')}).`),
      };
    },
  };
}
