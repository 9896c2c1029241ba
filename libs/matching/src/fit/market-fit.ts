import { PROCUREMENT_INSTRUMENT_LABELS, ProcurementInstrument, StakeholderNode } from '@koppel/domain';
import { listOf, sentence } from '../explanation/sentence';
import { sidesOf } from '../eligibility/pair-sides';
import type { FitFeature } from './fit-feature';
import { marketMatch } from './market-match';

type Enterprise = Extract<StakeholderNode, { kind: 'Entrepreneur' }>;

/** Which procurement instruments favour which enterprises (Aanbestedingswet 2.82, PSO, SROI, challenges). */
const INSTRUMENT_FAVOURS: Record<ProcurementInstrument, (enterprise: Enterprise) => boolean> = {
  SOCIAL_RETURN: (e) => e.enterpriseKind === 'SOCIAL' || e.themes.includes('LABOUR_PARTICIPATION'),
  PSO_AWARD: (e) => e.labels.includes('PSO') || e.labels.includes('PSO_30_PLUS'),
  RESERVED_CONTRACT_2_82: (e) => e.labels.includes('PSO_30_PLUS') || (e.enterpriseKind === 'SOCIAL' && e.themes.includes('LABOUR_PARTICIPATION')),
  CHALLENGE: (e) => e.stage === 'IDEA' || e.stage === 'STARTUP',
  LAUNCHING_CUSTOMER: (e) => e.stage === 'STARTUP' || e.stage === 'SCALEUP',
  STARTUP_IN_RESIDENCE: (e) => e.stage === 'IDEA' || e.stage === 'STARTUP',
};

/** A purchaser that buys what the enterprise sells, best when it names the category, with an instrument that favours it. */
export function marketFit(a: StakeholderNode, b: StakeholderNode, question?: string): FitFeature | null {
  const pair = sidesOf(a, b, 'Purchaser');
  if (!pair) return null;
  const { enterprise, other: purchaser } = pair;
  const match = marketMatch(enterprise, purchaser, question);
  const category = match.namedCategories.length > 0 ? 1 : match.wordCategories.length > 0 ? 0.7 : match.sharedThemes.length > 0 ? 0.4 : 0;
  const instruments = purchaser.procurementInstruments.filter((instrument) => INSTRUMENT_FAVOURS[instrument](enterprise));
  return {
    kind: 'MARKET_FIT',
    value: Math.min(1, 0.8 * category + (instruments.length > 0 ? 0.2 : 0)),
    explain() {
      const categories = [...match.namedCategories, ...match.wordCategories];
      return {
        evidence: { categories, instruments },
        sentence: sentence(
          `${purchaser.name} koopt ${categories.length > 0 ? listOf(categories, 'en') : 'in het thema van ' + enterprise.name}${instruments.length > 0 ? ` en werkt met ${listOf(instruments.map((i) => PROCUREMENT_INSTRUMENT_LABELS[i].nl), 'en')}` : ''}.`,
          `${purchaser.name} buys ${categories.length > 0 ? listOf(categories, 'and') : 'in the theme of ' + enterprise.name}${instruments.length > 0 ? ` and uses ${listOf(instruments.map((i) => PROCUREMENT_INSTRUMENT_LABELS[i].en), 'and')}` : ''}.`,
        ),
      };
    },
  };
}
