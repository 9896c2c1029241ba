import { STAGE_LABELS, StakeholderNode, STAGES } from '@koppel/domain';
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
        sentence:
          gap === 0
            ? sentence(`Beide in de fase ${STAGE_LABELS[a.stage].nl}.`, `Both at the ${STAGE_LABELS[a.stage].en} stage.`)
            : sentence(`Fasen ${STAGE_LABELS[a.stage].nl} en ${STAGE_LABELS[b.stage].nl}.`, `Stages ${STAGE_LABELS[a.stage].en} and ${STAGE_LABELS[b.stage].en}.`),
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
      sentence: sentence(`${fund.name} financiert de fase ${STAGE_LABELS[enterprise.stage].nl}.`, `${fund.name} funds the ${STAGE_LABELS[enterprise.stage].en} stage.`),
    }),
  };
}
