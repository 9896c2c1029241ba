import type { StakeholderNode } from '@koppel/domain';
import { contentWords, intersection, marketCategories } from '../profile-facts';

type Enterprise = Extract<StakeholderNode, { kind: 'Entrepreneur' }>;
type Purchaser = Extract<StakeholderNode, { kind: 'Purchaser' }>;

/** How an enterprise's offer meets a purchaser's categories: named outright, by words, or by theme. */
export interface MarketMatch {
  /** Categories the enterprise named in its market needs, spelled as the purchaser does. */
  namedCategories: string[];
  /** Purchaser categories that share a word with the enterprise's products or description. */
  wordCategories: string[];
  sharedThemes: StakeholderNode['themes'];
}

export function marketMatch(enterprise: Enterprise, purchaser: Purchaser, question?: string): MarketMatch {
  const wanted = marketCategories(enterprise);
  const categories = question ? [question] : purchaser.categories;
  const namedCategories = categories.filter((category) => wanted.includes(category.toLowerCase()));
  const offerWords = contentWords([...enterprise.products, enterprise.description ?? '', ...wanted].join(' '));
  const wordCategories = categories.filter(
    (category) => !namedCategories.includes(category) && [...contentWords(category)].some((word) => offerWords.has(word)),
  );
  return { namedCategories, wordCategories, sharedThemes: intersection(enterprise.themes, purchaser.themes) };
}

export function hasAnyMarketMatch(match: MarketMatch): boolean {
  return match.namedCategories.length + match.wordCategories.length + match.sharedThemes.length > 0;
}
