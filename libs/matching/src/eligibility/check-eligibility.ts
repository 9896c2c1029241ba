import type { Introduction, MatchCandidate, StakeholderNode } from '@koppel/domain';
import type { RuleCheck } from './rule-check';
import { fundRules } from './fund-rules';
import { purchaserRules } from './purchaser-rules';
import { reachRules } from './reach-rules';
import { relationshipRules } from './relationship-rules';

/** Every hard rule for the pair; the candidate is eligible only when all passed. */
export function checkEligibility(
  subject: StakeholderNode,
  candidate: MatchCandidate,
  introductions: readonly Introduction[],
  now: Date,
  question?: string,
): RuleCheck[] {
  return [
    ...relationshipRules(subject, candidate, introductions, now),
    ...fundRules(subject, candidate.node),
    ...purchaserRules(subject, candidate.node, question),
    ...reachRules(subject, candidate.node),
  ];
}

export function allPassed(rules: readonly RuleCheck[]): boolean {
  return rules.every((rule) => rule.passed);
}
