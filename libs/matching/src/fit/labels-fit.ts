import { Label, LABEL_LABELS, StakeholderNode } from '@koppel/domain';
import { listOf, sentence } from '../explanation/sentence';
import { sidesOf } from '../eligibility/pair-sides';
import type { FitFeature } from './fit-feature';

/** Labels that tell a fund or a buyer the impact is real and checked. */
const TELLING_LABELS: readonly Label[] = ['PSO', 'PSO_30_PLUS', 'CODE_SOCIAAL_ONDERNEMEN', 'B_CORP', 'MVO_CERTIFICAAT'];

export function labelsFit(a: StakeholderNode, b: StakeholderNode): FitFeature | null {
  const pair = sidesOf(a, b, 'Fund') ?? sidesOf(a, b, 'Purchaser');
  if (!pair) return null;
  const labels = pair.enterprise.labels.filter((label) => TELLING_LABELS.includes(label));
  return {
    kind: 'LABELS',
    value: Math.min(1, labels.length / 2),
    explain: () => ({
      evidence: { labels },
      sentence: sentence(
        `${pair.enterprise.name} heeft ${listOf(labels.map((label) => LABEL_LABELS[label].nl), 'en') || 'geen keurmerk'}.`,
        `${pair.enterprise.name} holds ${listOf(labels.map((label) => LABEL_LABELS[label].en), 'and') || 'no label'}.`,
      ),
    }),
  };
}
