import { node } from '../testing/match-context.builder';
import { hasAnyMarketMatch, marketMatch } from './market-match';

const buyer = node({
  id: 'pur:x',
  kind: 'Purchaser',
  name: 'Inkoop X',
  purchaserType: 'MUNICIPALITY',
  categories: ['catering en evenementen', 'fietsonderhoud en -verhuur', 'zorg en welzijn thuis'],
});
const enterprise = (products: string[], needs: unknown[] = []) =>
  node({ id: 'ent:y', kind: 'Entrepreneur', name: 'Y', enterpriseKind: 'SOCIAL', stage: 'STARTUP', products, needs } as never) as never;

describe('marketMatch: does an enterprise sell what a purchaser buys?', () => {
  it('takes a category the enterprise names in its market needs as the best match', () => {
    const match = marketMatch(enterprise([], [{ domain: 'MARKET_POLICY', description: 'x', category: 'Catering en evenementen' }]), buyer as never);
    expect(match.namedCategories).toEqual(['catering en evenementen']);
  });

  it('reads Dutch compounds: lunchcatering is catering', () => {
    expect(marketMatch(enterprise(['lunchcatering voor kantoren']), buyer as never).wordCategories).toEqual(['catering en evenementen']);
  });

  it('does not match on short, common parts of words', () => {
    // "zorg" (4 letters) is part of "zorgboerderij" but says too little.
    expect(hasAnyMarketMatch(marketMatch(enterprise(['zorgboerderij']), buyer as never))).toBe(false);
  });
});
