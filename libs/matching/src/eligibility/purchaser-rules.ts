import type { StakeholderNode } from '@koppel/domain';
import { sentence } from '../explanation/sentence';
import { hasAnyMarketMatch, marketMatch } from '../fit/market-match';
import { distanceKm } from '../profile-facts';
import type { RuleCheck } from './rule-check';
import { sidesOf } from './pair-sides';

/** Buyers buy near home: in their own province, or across the border when it is this close. */
const PURCHASER_REACH_KM = 50;

/** A purchaser's region and categories as hard rules. */
export function purchaserRules(a: StakeholderNode, b: StakeholderNode, question?: string): RuleCheck[] {
  const pair = sidesOf(a, b, 'Purchaser');
  if (!pair) return [];
  const { enterprise, other: purchaser } = pair;
  const rules: RuleCheck[] = [];
  if (purchaser.province && enterprise.province) {
    const km = distanceKm(enterprise, purchaser) ?? Number.POSITIVE_INFINITY;
    const near = purchaser.province === enterprise.province || km <= PURCHASER_REACH_KM;
    rules.push({
      rule: 'PURCHASER_REGION',
      passed: near,
      explain: () => near
        ? sentence(`${purchaser.name} koopt in de regio van ${enterprise.name}.`, `${purchaser.name} buys in the region of ${enterprise.name}.`)
        : sentence(`${purchaser.name} koopt niet zo ver van huis (${Math.round(km)} km).`, `${purchaser.name} does not buy this far from home (${Math.round(km)} km).`),
    });
  }
  if (purchaser.categories.length > 0 || question) {
    const fits = hasAnyMarketMatch(marketMatch(enterprise, purchaser, question));
    rules.push({
      rule: 'PURCHASER_CATEGORY',
      passed: fits,
      explain: () => fits
        ? sentence(`${enterprise.name} levert iets wat ${purchaser.name} inkoopt.`, `${enterprise.name} supplies something ${purchaser.name} buys.`)
        : sentence(`Niets wat ${purchaser.name} inkoopt past bij het aanbod van ${enterprise.name}.`, `Nothing ${purchaser.name} buys fits what ${enterprise.name} offers.`),
    });
  }
  return rules;
}
