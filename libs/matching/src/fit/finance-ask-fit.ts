import { FINANCE_INSTRUMENT_LABELS, FinanceInstrument, StakeholderNode } from '@koppel/domain';
import { euros, sentence } from '../explanation/sentence';
import { sidesOf } from '../eligibility/pair-sides';
import { financeAsks } from '../profile-facts';
import type { FitFeature } from './fit-feature';

/**
 * How well a concrete finance ask meets a fund: the instrument it names (or any, when it names
 * none) and the amount against the tickets, closeness falling off by the log of the ratio.
 */
export function financeAskFit(a: StakeholderNode, b: StakeholderNode): FitFeature | null {
  const pair = sidesOf(a, b, 'Fund');
  if (!pair) return null;
  const { enterprise, other: fund } = pair;
  const asks = financeAsks(enterprise);
  if (asks.length === 0) return null;
  let best = { value: 0, amount: undefined as number | undefined, instrument: undefined as FinanceInstrument | undefined };
  for (const ask of asks) {
    const instrument = ask.instrument === undefined ? 0.7 : fund.instruments.includes(ask.instrument) ? 1 : 0.3;
    const amount = ask.amountEur === undefined ? 0.7 : closeness(ask.amountEur, fund.ticketMinEur, fund.ticketMaxEur);
    const value = instrument * amount;
    if (value > best.value) best = { value, amount: ask.amountEur, instrument: ask.instrument };
  }
  return {
    kind: 'FINANCE_ASK',
    value: best.value,
    explain() {
      const amount = best.amount !== undefined ? euros(best.amount) : '';
      const instrument = best.instrument ? FINANCE_INSTRUMENT_LABELS[best.instrument] : undefined;
      const ask = (language: 'nl' | 'en') => [amount, instrument?.[language].toLowerCase() ?? ''].filter(Boolean).join(' ');
      return {
        evidence: { ...(best.amount !== undefined ? { amountEur: best.amount } : {}), ...(best.instrument ? { instruments: [best.instrument] } : {}) },
        sentence: sentence(
          `De financieringsvraag (${ask('nl') || 'financiering'}) past bij wat ${fund.name} verstrekt.`,
          `The finance ask (${ask('en') || 'finance'}) fits what ${fund.name} provides.`,
        ),
      };
    },
  };
}

function closeness(amount: number, min = 0, max = Number.POSITIVE_INFINITY): number {
  if (amount >= min && amount <= max) return 1;
  const bound = amount < min ? min : max;
  return Math.max(0, 1 - Math.abs(Math.log2(amount / bound)) / 3);
}
