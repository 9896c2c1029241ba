import type { MatchCandidate, StakeholderNode } from '@koppel/domain';
import { sentence } from './explanation/sentence';
import { needDomains } from './profile-facts';
import type { Confidence } from './suggestion';

/** A plausible illustration is trusted less than a public fact. */
const ILLUSTRATIVE_TRUST = 0.8;

/**
 * How far to trust a suggestion, apart from its score: were the profiles complete enough to
 * judge the fit, are they facts or illustrations, how sure are the relationships it leans on.
 */
export function confidenceOf(subject: StakeholderNode, candidate: MatchCandidate): Confidence {
  const target = candidate.node;
  const known = [
    subject.themes.length > 0,
    target.themes.length > 0,
    subject.municipality !== undefined || ('regions' in subject && subject.regions.length > 0),
    target.municipality !== undefined || ('regions' in target && target.regions.length > 0),
    subject.kind !== 'Entrepreneur' || needDomains(subject).length > 0,
    target.kind === 'Entrepreneur' ? needDomains(target).length > 0 || target.products.length > 0 : target.offers.length > 0,
  ];
  const completeness = known.filter(Boolean).length / known.length;
  const trust = (subject.illustrative ? ILLUSTRATIVE_TRUST : 1) * (target.illustrative ? ILLUSTRATIVE_TRUST : 1);
  const ties = candidate.commonNeighbours.flatMap((neighbour) => [neighbour.subjectTie.confidence, neighbour.candidateTie.confidence]);
  const tieConfidence = ties.length === 0 ? 1 : ties.reduce((sum, value) => sum + value, 0) / ties.length;
  const value = Math.round(completeness * trust * tieConfidence * 100) / 100;
  const level = value >= 0.7 ? 'HIGH' : value >= 0.4 ? 'MEDIUM' : 'LOW';
  const why: string[][] = [];
  if (completeness < 1) why.push(['de profielen zijn niet compleet', 'the profiles are incomplete']);
  if (trust < 1) why.push(['een profiel is een illustratie, geen vastgesteld feit', 'a profile is an illustration, not an established fact']);
  if (tieConfidence < 1) why.push(['niet alle relaties zijn zeker', 'not all relationships are certain']);
  return {
    value,
    level,
    sentence:
      why.length === 0
        ? sentence('Volledige profielen en zekere relaties.', 'Complete profiles and certain relationships.')
        : sentence(`Minder zeker: ${why.map((w) => w[0]).join('; ')}.`, `Less certain: ${why.map((w) => w[1]).join('; ')}.`),
  };
}
