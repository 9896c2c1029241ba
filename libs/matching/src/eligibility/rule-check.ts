import type { EligibilityRule, RuleOutcome, Sentence } from '../suggestion';

/** A hard rule checked for a pair; its sentence is written only when someone will read it. */
export interface RuleCheck {
  rule: EligibilityRule;
  passed: boolean;
  explain(): Sentence;
}

export function toRuleOutcome(check: RuleCheck): RuleOutcome {
  return { rule: check.rule, passed: check.passed, sentence: check.explain() };
}
