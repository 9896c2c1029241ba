import { idFromName } from './new-node-id';

describe('the id a new node gets from its kind and name', () => {
  it('is the kind’s prefix and the name, lower case, accents and punctuation gone', () => {
    expect(idFromName('Entrepreneur', 'Zonnewerf Coöperatie')).toBe('ent:zonnewerf-cooperatie');
    expect(idFromName('KnowledgeInstitution', '  Hanzehogeschool (Groningen) ')).toBe('ki:hanzehogeschool-groningen');
  });

  it('counts up from the second try, and names a node without letters or digits `node`', () => {
    expect(idFromName('Fund', 'Fonds Noord', 2)).toBe('fund:fonds-noord-2');
    expect(idFromName('Event', '???')).toBe('event:node');
  });
});
