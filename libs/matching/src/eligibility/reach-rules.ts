import { PROVINCE_NAMES, StakeholderNode } from '@koppel/domain';
import { sentence } from '../explanation/sentence';
import { reachOf } from '../profile-facts';
import type { RuleCheck } from './rule-check';
import { sidesOf } from './pair-sides';

const REACHING_KINDS = ['Network', 'SupportProgramme', 'KnowledgeInstitution'] as const;

/**
 * Networks, programmes and institutes serve the provinces they name; a municipality's desk
 * serves the enterprises in that municipality only.
 */
export function reachRules(a: StakeholderNode, b: StakeholderNode): RuleCheck[] {
  const municipal = sidesOf(a, b, 'Municipality');
  if (municipal) {
    const { enterprise, other: municipality } = municipal;
    const own = enterprise.municipality === municipality.municipality;
    return [
      {
        rule: 'OWN_MUNICIPALITY',
        passed: own,
        explain: () => own
          ? sentence(`${enterprise.name} is gevestigd in ${municipality.name}.`, `${enterprise.name} is based in ${municipality.name}.`)
          : sentence(`${enterprise.name} is niet gevestigd in ${municipality.name}.`, `${enterprise.name} is not based in ${municipality.name}.`),
      },
    ];
  }
  for (const kind of REACHING_KINDS) {
    const pair = sidesOf(a, b, kind);
    if (!pair) continue;
    const { enterprise, other } = pair;
    if (!enterprise.province) return [];
    const reaches = reachOf(other).includes(enterprise.province);
    const where = PROVINCE_NAMES[enterprise.province];
    return [
      {
        rule: 'ORGANISATION_REACH',
        passed: reaches,
        explain: () => reaches
          ? sentence(`${other.name} is actief in ${where}.`, `${other.name} works in ${where}.`)
          : sentence(`${other.name} is niet actief in ${where}.`, `${other.name} does not work in ${where}.`),
      },
    ];
  }
  return [];
}
