import { registerEnumType } from '@nestjs/graphql';
import {
  INTRODUCTION_ACTIONS,
  INTRODUCTION_OUTCOMES,
  INTRODUCTION_STATUSES,
  IntroductionAction,
  IntroductionOutcomeKind,
  IntroductionStatus,
} from '@koppel/domain';
import { ELIGIBILITY_RULES, EligibilityRule, REASON_KINDS, ReasonKind } from '@koppel/matching';
import { describedValues, enumOf } from '../../graphql/domain-enums';

export const EligibilityRuleEnum = enumOf(ELIGIBILITY_RULES);
export const ReasonKindEnum = enumOf(REASON_KINDS);
export const ConfidenceLevelEnum = enumOf(['HIGH', 'MEDIUM', 'LOW'] as const);
export const IntroductionStatusEnum = enumOf(INTRODUCTION_STATUSES);
export const IntroductionActionEnum = enumOf(INTRODUCTION_ACTIONS);
export const IntroductionOutcomeKindEnum = enumOf(INTRODUCTION_OUTCOMES);
export const ReviewDecisionEnum = enumOf(['APPROVE', 'EDIT', 'HOLD'] as const);

registerEnumType(EligibilityRuleEnum, {
  name: 'EligibilityRule',
  description: 'A hard rule a suggestion must pass.',
  valuesMap: describedValues<EligibilityRule>({
    VISIBLE_FOR_MATCHMAKING: 'The candidate has not opted out of matchmaking.',
    NOT_ALREADY_CONNECTED: 'The two are not already directly connected.',
    NO_OPEN_OR_RECENT_INTRODUCTION: 'No open or accepted introduction between them, and none declined in the last 180 days.',
    FUND_OPEN_FOR_APPLICATIONS: 'The fund is open for applications.',
    FUND_SOCIAL_ONLY: 'A fund for social enterprises only meets a social enterprise.',
    FUND_REGION: 'The fund covers the entrepreneur’s province.',
    FUND_STAGE: 'The fund funds the entrepreneur’s stage.',
    FUND_TICKET_SIZE: 'The ask lies between half the smallest and twice the largest ticket.',
    PURCHASER_REGION: 'The purchaser buys in the entrepreneur’s region.',
    PURCHASER_CATEGORY: 'The entrepreneur sells something in the purchaser’s categories.',
    ORGANISATION_REACH: 'The network or programme reaches the entrepreneur’s province.',
    OWN_MUNICIPALITY: 'A municipality’s desk serves enterprises in that municipality only.',
  }),
});
registerEnumType(ReasonKindEnum, {
  name: 'ReasonKind',
  description: 'What a reason for a suggestion rests on.',
  valuesMap: describedValues<ReasonKind>({
    NEED_MET: 'The candidate offers a domain the subject needs.',
    SHARED_THEMES: 'They work on the same themes or SDGs.',
    REGION: 'They are close to each other.',
    STAGE: 'The candidate serves the subject’s stage.',
    FINANCE_ASK: 'The finance asked fits the fund’s tickets and instruments.',
    MARKET_FIT: 'What the entrepreneur sells fits what the purchaser buys and how.',
    LABELS: 'A label the other side values.',
    WARM_PATH: 'Someone both know can introduce them.',
    ACTIVE: 'The candidate was active recently.',
    RECIPROCITY: 'The candidate has as much reason to meet the subject.',
    TRACK_RECORD: 'The candidate’s earlier introductions went well.',
    IGNORED_BEFORE: 'Shown before and not taken up, so it counts for less.',
  }),
});
registerEnumType(ConfidenceLevelEnum, {
  name: 'ConfidenceLevel',
  description: 'How far to trust a suggestion.',
  valuesMap: describedValues<'HIGH' | 'MEDIUM' | 'LOW'>({
    HIGH: 'Well supported by what the graph knows.',
    MEDIUM: 'Partly supported; check before acting.',
    LOW: 'Thinly supported: the profiles say little.',
  }),
});
registerEnumType(IntroductionStatusEnum, {
  name: 'IntroductionStatus',
  description: 'Where an introduction stands in the double opt-in.',
  valuesMap: describedValues<IntroductionStatus>({
    AWAITING_REVIEW: 'Waiting for a coordinator to approve, edit or hold it.',
    ON_HOLD: 'A coordinator put it on hold; it can still be approved.',
    AWAITING_RESPONSE: 'Sent to the target, who accepts or declines.',
    INTRODUCED: 'Both sides said yes.',
    DECLINED: 'The target said no; the pair then cools down for 180 days.',
  }),
});
registerEnumType(IntroductionActionEnum, {
  name: 'IntroductionAction',
  description: 'A step taken on an introduction.',
  valuesMap: describedValues<IntroductionAction>({
    REQUESTED: 'The requester asked for it.',
    APPROVED: 'A coordinator approved it.',
    EDITED: 'A coordinator edited the message and sent it.',
    HELD: 'A coordinator put it on hold.',
    ACCEPTED: 'The target accepted.',
    DECLINED: 'The target declined.',
    OUTCOME_RECORDED: 'What came of it was recorded.',
  }),
});
registerEnumType(IntroductionOutcomeKindEnum, {
  name: 'IntroductionOutcomeKind',
  description: 'What came of an introduction.',
  valuesMap: describedValues<IntroductionOutcomeKind>({
    MET: 'They met.',
    FUNDING: 'It led to funding.',
    PURCHASE: 'It led to a purchase.',
    COLLABORATION: 'It led to a collaboration.',
    NOTHING: 'Nothing came of it.',
  }),
});
registerEnumType(ReviewDecisionEnum, {
  name: 'ReviewDecision',
  description: 'APPROVE sends it to the target; EDIT changes the message and sends it; HOLD keeps it back.',
  valuesMap: describedValues<'APPROVE' | 'EDIT' | 'HOLD'>({
    APPROVE: 'Send it to the target as it is.',
    EDIT: 'Change the message, then send it.',
    HOLD: 'Keep it back for now.',
  }),
});
