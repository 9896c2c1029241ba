import { registerEnumType } from '@nestjs/graphql';
import { INTRODUCTION_ACTIONS, INTRODUCTION_OUTCOMES, INTRODUCTION_STATUSES } from '@koppel/domain';
import { ELIGIBILITY_RULES, REASON_KINDS } from '@koppel/matching';
import { enumOf } from '../../graphql/domain-enums';

export const EligibilityRuleEnum = enumOf(ELIGIBILITY_RULES);
export const ReasonKindEnum = enumOf(REASON_KINDS);
export const ConfidenceLevelEnum = enumOf(['HIGH', 'MEDIUM', 'LOW'] as const);
export const IntroductionStatusEnum = enumOf(INTRODUCTION_STATUSES);
export const IntroductionActionEnum = enumOf(INTRODUCTION_ACTIONS);
export const IntroductionOutcomeKindEnum = enumOf(INTRODUCTION_OUTCOMES);
export const ReviewDecisionEnum = enumOf(['APPROVE', 'EDIT', 'HOLD'] as const);

registerEnumType(EligibilityRuleEnum, { name: 'EligibilityRule', description: 'A hard rule a suggestion must pass.' });
registerEnumType(ReasonKindEnum, { name: 'ReasonKind', description: 'What a reason for a suggestion rests on.' });
registerEnumType(ConfidenceLevelEnum, { name: 'ConfidenceLevel', description: 'How far to trust a suggestion.' });
registerEnumType(IntroductionStatusEnum, { name: 'IntroductionStatus', description: 'Where an introduction stands in the double opt-in.' });
registerEnumType(IntroductionActionEnum, { name: 'IntroductionAction', description: 'A step taken on an introduction.' });
registerEnumType(IntroductionOutcomeKindEnum, { name: 'IntroductionOutcomeKind', description: 'What came of an introduction.' });
registerEnumType(ReviewDecisionEnum, {
  name: 'ReviewDecision',
  description: 'APPROVE sends it to the target; EDIT changes the message and sends it; HOLD keeps it back.',
});
