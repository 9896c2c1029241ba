import { NODE_KINDS } from '@koppel/domain';
import { CONFIDENCE_LABELS, domainLabel, formatTicketRange, KIND_LABELS, placeLabel, SUGGESTION_HEADINGS, themeLabel } from './dutch-labels';

describe('Dutch UI labels', () => {
  it('names every node kind in Dutch', () => {
    expect(NODE_KINDS.map((kind) => KIND_LABELS[kind])).toEqual([
      'Ondernemer',
      'Netwerk',
      'Fonds',
      'Inkoper',
      'Gemeente',
      'Provincie',
      'Kennisinstelling',
      'Ondersteuningsprogramma',
      'Persoon',
      'Evenement',
    ]);
  });

  it('takes domain and theme labels from libs/domain', () => {
    expect(domainLabel('KNOWLEDGE')).toBe('Onderzoek & Kennis');
    expect(themeLabel('LABOUR_PARTICIPATION')).toBe('arbeidsparticipatie');
  });

  it('writes a place as municipality and province', () => {
    expect(placeLabel('noardeast-fryslan', 'FRYSLAN')).toBe('Noardeast-Fryslân, Fryslân');
    expect(placeLabel(null, 'DRENTHE')).toBe('Drenthe');
    expect(placeLabel(null, null)).toBeNull();
  });

  it('writes ticket ranges in euros, Dutch style', () => {
    expect(formatTicketRange(25_000, 500_000)).toMatch(/^€\s?25\.000 – €\s?500\.000$/);
    expect(formatTicketRange(25_000, null)).toMatch(/^vanaf €\s?25\.000$/);
    expect(formatTicketRange(null, null)).toBeNull();
  });

  it('heads each kind’s suggestions with what they are, and says how sure one is', () => {
    expect(SUGGESTION_HEADINGS).toEqual({
      Entrepreneur: 'Aanbevolen introducties',
      Fund: 'Passende ondernemers',
      Purchaser: 'Mogelijke leveranciers',
      Network: 'Kandidaat-leden',
    });
    expect(CONFIDENCE_LABELS).toEqual({ HIGH: 'hoog', MEDIUM: 'middel', LOW: 'laag' });
  });
});
