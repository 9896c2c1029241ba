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

/**
 * An enterprise is matched against hundreds of purchasers in one request, and a purchaser's
 * categories against hundreds of enterprises: their words are worked out once per node object
 * (nodes are frozen, and a store may hand the same one to many requests, see factsOf) and once
 * per category text. A CPU profile of an uncached suggestion found a tenth of its time here.
 */
const offerWordsCache = new WeakMap<Enterprise, ReadonlySet<string>>();
const categoryWordsCache = new Map<string, readonly string[]>();
const MAX_CATEGORY_TEXTS = 10_000;

function offerWordsOf(enterprise: Enterprise, wanted: readonly string[]): ReadonlySet<string> {
  let words = offerWordsCache.get(enterprise);
  if (!words) {
    words = contentWords([...enterprise.products, enterprise.description ?? '', ...wanted].join(' '));
    offerWordsCache.set(enterprise, words);
  }
  return words;
}

function categoryWords(category: string): readonly string[] {
  let words = categoryWordsCache.get(category);
  if (!words) {
    // Questions are free text: the texts kept stay bounded.
    if (categoryWordsCache.size >= MAX_CATEGORY_TEXTS) categoryWordsCache.clear();
    words = [...contentWords(category)];
    categoryWordsCache.set(category, words);
  }
  return words;
}

export function marketMatch(enterprise: Enterprise, purchaser: Purchaser, question?: string): MarketMatch {
  const wanted = marketCategories(enterprise);
  const categories = question ? [question] : purchaser.categories;
  const namedCategories = categories.filter((category) => wanted.includes(category.toLowerCase()));
  const offerWords = offerWordsOf(enterprise, wanted);
  const wordCategories = categories.filter(
    (category) => !namedCategories.includes(category) && categoryWords(category).some((word) => sharesStem(word, offerWords)),
  );
  return { namedCategories, wordCategories, sharedThemes: intersection(enterprise.themes, purchaser.themes) };
}

/** Shorter parts of a compound do not count: "zorg" is in too many words to tell anything. */
const MIN_COMPOUND_PART = 6;

/**
 * Dutch writes compounds as one word: "lunchcatering" is catering, "fietsonderhoud" is onderhoud.
 * A word matches when it equals an offer word, or one contains the other and the shorter has at
 * least MIN_COMPOUND_PART letters.
 */
function sharesStem(word: string, offerWords: ReadonlySet<string>): boolean {
  if (offerWords.has(word)) return true;
  for (const offer of offerWords) {
    const [shorter, longer] = offer.length < word.length ? [offer, word] : [word, offer];
    if (shorter.length >= MIN_COMPOUND_PART && longer.includes(shorter)) return true;
  }
  return false;
}

export function hasAnyMarketMatch(match: MarketMatch): boolean {
  return match.namedCategories.length + match.wordCategories.length + match.sharedThemes.length > 0;
}
