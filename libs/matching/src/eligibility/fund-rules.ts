import { PROVINCE_NAMES, STAGE_LABELS, StakeholderNode } from '@koppel/domain';
import { euros, sentence } from '../explanation/sentence';
import { financeAsks } from '../profile-facts';
import type { RuleCheck } from './rule-check';
import { sidesOf } from './pair-sides';

/**
 * Tickets are negotiated: an ask from half the smallest ticket to twice the largest stays
 * eligible, and the finance fit says how close it is.
 */
const TICKET_TOLERANCE = 2;

/** A fund's thesis as hard rules: open, social only, regions, stages, ticket size. */
export function fundRules(a: StakeholderNode, b: StakeholderNode): RuleCheck[] {
  const pair = sidesOf(a, b, 'Fund');
  if (!pair) return [];
  const { enterprise, other: fund } = pair;
  const rules: RuleCheck[] = [
    {
      rule: 'FUND_OPEN_FOR_APPLICATIONS',
      passed: fund.openForApplications,
      explain: () => fund.openForApplications
        ? sentence(`${fund.name} staat open voor aanvragen.`, `${fund.name} is open for applications.`)
        : sentence(`${fund.name} neemt nu geen aanvragen aan.`, `${fund.name} does not take applications now.`),
    },
  ];
  if (fund.socialOnly) {
    const social = enterprise.enterpriseKind === 'SOCIAL';
    rules.push({
      rule: 'FUND_SOCIAL_ONLY',
      passed: social,
      explain: () => social
        ? sentence(`${fund.name} financiert alleen sociale ondernemingen, en ${enterprise.name} is er een.`, `${fund.name} funds social enterprises only, and ${enterprise.name} is one.`)
        : sentence(`${fund.name} financiert alleen sociale ondernemingen.`, `${fund.name} funds social enterprises only.`),
    });
  }
  if (fund.regions.length > 0) {
    const inRegion = enterprise.province !== undefined && fund.regions.includes(enterprise.province);
    const where = enterprise.province ? PROVINCE_NAMES[enterprise.province] : '?';
    rules.push({
      rule: 'FUND_REGION',
      passed: inRegion,
      explain: () => inRegion
        ? sentence(`${fund.name} is actief in ${where}.`, `${fund.name} works in ${where}.`)
        : sentence(`${fund.name} is niet actief in ${where}.`, `${fund.name} does not work in ${where}.`),
    });
  }
  if (fund.stages.length > 0) {
    const atStage = fund.stages.includes(enterprise.stage);
    const stage = STAGE_LABELS[enterprise.stage];
    rules.push({
      rule: 'FUND_STAGE',
      passed: atStage,
      explain: () => atStage
        ? sentence(`${fund.name} financiert ondernemingen in de fase ${stage.nl}.`, `${fund.name} funds enterprises at the ${stage.en} stage.`)
        : sentence(`${fund.name} financiert geen ondernemingen in de fase ${stage.nl}.`, `${fund.name} does not fund enterprises at the ${stage.en} stage.`),
    });
  }
  const amounts = financeAsks(enterprise).flatMap((ask) => (ask.amountEur ? [ask.amountEur] : []));
  if (amounts.length > 0 && (fund.ticketMinEur !== undefined || fund.ticketMaxEur !== undefined)) {
    const low = (fund.ticketMinEur ?? 0) / TICKET_TOLERANCE;
    const high = (fund.ticketMaxEur ?? Number.POSITIVE_INFINITY) * TICKET_TOLERANCE;
    const fitting = amounts.find((amount) => amount >= low && amount <= high);
    const range = `${euros(fund.ticketMinEur ?? 0)}–${fund.ticketMaxEur ? euros(fund.ticketMaxEur) : '…'}`;
    rules.push({
      rule: 'FUND_TICKET_SIZE',
      passed: fitting !== undefined,
      explain: () =>
        fitting !== undefined
          ? sentence(`De vraag van ${euros(fitting)} past bij tickets van ${range}.`, `The ask of ${euros(fitting)} fits tickets of ${range}.`)
          : sentence(`De vraag (${amounts.map(euros).join(', ')}) past niet bij tickets van ${range}.`, `The ask (${amounts.map(euros).join(', ')}) does not fit tickets of ${range}.`),
    });
  }
  return rules;
}
