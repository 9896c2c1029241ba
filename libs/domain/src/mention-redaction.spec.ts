import { ERASED_MENTION, personMentions, redactMentions, redactMentionsIn } from './mention-redaction';

const anouk = personMentions({ name: 'Anouk Veldkamp', email: 'anouk@example.org', phone: '+31 6 1234 5678' });
const X = ERASED_MENTION;

describe('personMentions', () => {
  it('are the full name, the e-mail address and the phone number', () => {
    expect(anouk).toEqual(['Anouk Veldkamp', 'anouk@example.org', '+31 6 1234 5678']);
  });

  it('leave out a name of one word, which would also take out everybody else of that name', () => {
    expect(personMentions({ name: 'Anouk' })).toEqual([]);
  });

  it('skip what a person does not have, however the store says so', () => {
    expect(personMentions({ name: 'Erik Verzonnen', email: 'erik@example.org', phone: null })).toEqual(['Erik Verzonnen', 'erik@example.org']);
  });
});

describe('redactMentions', () => {
  it('replaces every mention, in any case and with or without accents', () => {
    expect(redactMentions('Via Anouk Veldkamp (anouk@example.org, +31 6 1234 5678).', anouk)).toBe(`Via ${X} (${X}, ${X}).`);
    expect(redactMentions('ANOUK VELDKAMP en anouk veldkamp', anouk)).toBe(`${X} en ${X}`);
    expect(redactMentions('Gesprek met Anoük Véldkamp', anouk)).toBe(`Gesprek met ${X}`);
    expect(redactMentions('Met José Muñoz', personMentions({ name: 'Jose Munoz' }))).toBe(`Met ${X}`);
  });

  it('finds a name broken over lines or spaced twice', () => {
    expect(redactMentions('bel Anouk\n   Veldkamp morgen', anouk)).toBe(`bel ${X} morgen`);
  });

  it('leaves a first name alone, and a name inside a longer word', () => {
    expect(redactMentions('Anouk van Dijk; Anouk Veldkampstra', anouk)).toBe('Anouk van Dijk; Anouk Veldkampstra');
  });

  it('keeps the text around a mention written in decomposed accents whole', () => {
    expect(redactMentions('door Anou\u0301k Veldkamp\u0301, dank', anouk)).toBe(`door ${X}, dank`);
  });

  it('gives back the very text when nothing is mentioned', () => {
    const text = 'Een coöperatie in Súdwest-Fryslân';
    expect(redactMentions(text, anouk)).toBe(text);
  });
});

describe('redactMentionsIn', () => {
  it('redacts every text in a record, however deep, and leaves ids and names alone', () => {
    const record = {
      id: 'ent-anouk-veldkamp',
      name: 'Anouk Veldkamp Advies',
      description: 'Opgericht door Anouk Veldkamp.',
      needs: [{ domain: 'FINANCE', description: 'Vraag anouk@example.org', amountEur: 5000 }],
      steps: [{ actorId: 'person-anouk', note: 'Besproken met Anouk Veldkamp' }],
    };
    expect(redactMentionsIn(record, anouk)).toEqual({
      ...record,
      description: `Opgericht door ${X}.`,
      needs: [{ domain: 'FINANCE', description: `Vraag ${X}`, amountEur: 5000 }],
      steps: [{ actorId: 'person-anouk', note: `Besproken met ${X}` }],
    });
  });

  it('leaves another person’s own contact fields alone, even a phone line they share', () => {
    const colleague = { id: 'person-collega', name: 'Joost Bakker', phone: '+31 6 1234 5678', role: 'collega van Anouk Veldkamp' };
    expect(redactMentionsIn(colleague, anouk)).toEqual({ ...colleague, role: `collega van ${X}` });
  });

  it('is null for a record that mentions nobody', () => {
    expect(redactMentionsIn({ id: 'x', description: 'Anouk van Dijk' }, anouk)).toBeNull();
  });
});
