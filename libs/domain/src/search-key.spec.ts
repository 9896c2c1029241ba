import { searchKey } from './search-key';

describe('searchKey', () => {
  it('lower-cases and leaves accents out, so a name is found as people type it', () => {
    expect(searchKey('Súdwest-Fryslân')).toBe('sudwest-fryslan');
    expect(searchKey('COÖPERATIE Zonnewerf')).toBe('cooperatie zonnewerf');
    expect(searchKey('Noardeast-Fryslân')).toBe('noardeast-fryslan');
  });

  it('splits the Dutch ij ligature into the two letters people type', () => {
    expect(searchKey('Ĳsselmeer')).toBe('ijsselmeer');
  });

  it('keeps what is not an accent: digits, punctuation, spaces', () => {
    expect(searchKey('Impact Hub 050 & co.')).toBe('impact hub 050 & co.');
  });

  it('gives the same key for a precomposed and a decomposed spelling', () => {
    expect(searchKey('Fryslâ\u006e')).toBe(searchKey('Frysla\u0302n'));
  });
});
