import { foldAccents, searchKey } from './search-key';

describe('searchKey', () => {
  it('lower-cases and leaves accents out, so a name is found as people type it', () => {
    expect(searchKey('COÖPERATIE Zonnewerf')).toBe('cooperatie zonnewerf');
    expect(searchKey('Stâl Sinne')).toBe('stal sinne');
  });

  it('reads any run of punctuation and spaces as one space: a hyphen is typed as a space', () => {
    expect(searchKey('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(searchKey('  Impact Hub 050 & co. ')).toBe('impact hub 050 co');
  });

  it('splits the Dutch ij ligature into the two letters people type', () => {
    expect(searchKey('Ĳsselmeer')).toBe('ijsselmeer');
  });

  it('gives the same key for a precomposed and a decomposed spelling', () => {
    expect(searchKey('Fryslâ\u006e')).toBe(searchKey('Frysla\u0302n'));
  });
});

describe('foldAccents', () => {
  it('only leaves accents out and lower-cases: punctuation stays, as in an e-mail address', () => {
    expect(foldAccents('Anoük.Veldkamp@Example.org')).toBe('anouk.veldkamp@example.org');
  });
});
