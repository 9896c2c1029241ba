import type { StakeholderNode } from '@koppel/domain';
import { domainNames, sentence } from '../explanation/sentence';
import { intersection, needDomains } from '../profile-facts';
import type { FitFeature } from './fit-feature';

/** The share of an enterprise's needs (by domain) that the other side offers. */
export function needMet(needy: StakeholderNode, offering: StakeholderNode): FitFeature | null {
  const needs = needDomains(needy);
  if (needs.length === 0) return null;
  const met = intersection(needs, offering.offers);
  const names = domainNames(met);
  return {
    kind: 'NEED_MET',
    value: met.length / needs.length,
    evidence: { domains: met },
    sentence: sentence(
      `${offering.name} biedt ${names.nl}, waar ${needy.name} naar zoekt.`,
      `${offering.name} offers ${names.en}, which ${needy.name} is looking for.`,
    ),
  };
}
