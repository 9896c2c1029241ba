import { StakeholderNode, STAGES } from '@koppel/domain';
import { sentence } from '../explanation/sentence';
import { sidesOf } from '../eligibility/pair-sides';
import type { FitFeature } from './fit-feature';

/** Peers fit best at the same stage (they face the same questions); a fund by the stages it funds. */
export function stageFit(a: StakeholderNode, b: StakeholderNode): FitFeature | null {
  if (a.kind === 'Entrepreneur' && b.kind === 'Entrepreneur') {
    const gap = Math.abs(STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
    return {
      kind: 'STAGE',
      value: 1 - gap / (STAGES.length - 1),
      explain: () => ({
        evidence: {},
        sentence: gap === 0 ? sentence(`Beide in de fase ${a.stage}.`, `Both at stage ${a.stage}.`) : sentence(`Fasen ${a.stage} en ${b.stage}.`, `Stages ${a.stage} and ${b.stage}.`),
      }),
    };
  }
  const fundPair = sidesOf(a, b, 'Fund');
  if (!fundPair || fundPair.other.stages.length === 0) return null;
  const { enterprise, other: fund } = fundPair;
  return {
    kind: 'STAGE',
    value: fund.stages.includes(enterprise.stage) ? 1 : 0,
    explain: () => ({
      evidence: {},
      sentence: sentence(`${fund.name} financiert de fase ${enterprise.stage}.`, `${fund.name} funds stage ${enterprise.stage}.`),
    }),
  };
}
