import type { StakeholderNode } from '@koppel/domain';
import { domainNames, sentence } from '../explanation/sentence';
import { factsOf } from '../profile-facts';
import type { FitFeature } from './fit-feature';

/** The share of an enterprise's needs (by domain) that the other side offers. */
export function needMet(needy: StakeholderNode, offering: StakeholderNode): FitFeature | null {
  const needs = factsOf(needy).needDomains;
  if (needs.length === 0) return null;
  let met = 0;
  for (const need of needs) if (offering.offers.includes(need)) met++;
  return {
    kind: 'NEED_MET',
    value: met / needs.length,
    explain() {
      const domains = needs.filter((need) => offering.offers.includes(need));
      const names = domainNames(domains);
      return {
        evidence: { domains },
        sentence: sentence(
          `${offering.name} biedt ${names.nl}, waar ${needy.name} naar zoekt.`,
          `${offering.name} offers ${names.en}, which ${needy.name} is looking for.`,
        ),
      };
    },
  };
}
