import { importSelectionOf } from './import-selection';

describe('what the picked files are as an import', () => {
  it('takes one JSON file as a JSON import', () => {
    expect(importSelectionOf(['mijn-netwerk.json'])).toEqual({ format: 'JSON' });
  });

  it('takes one or more CSV files as one CSV import, whatever the case of the extension', () => {
    expect(importSelectionOf(['entrepreneurs.csv'])).toEqual({ format: 'CSV' });
    expect(importSelectionOf(['entrepreneurs.csv', 'RELATIONSHIPS.CSV'])).toEqual({ format: 'CSV' });
  });

  it('asks for a file when none is picked', () => {
    expect(importSelectionOf([])).toEqual({ problem: expect.stringMatching(/Kies eerst/) });
  });

  it('refuses two JSON files, or JSON and CSV together', () => {
    expect(importSelectionOf(['a.json', 'b.json'])).toEqual({ problem: expect.stringMatching(/één JSON-bestand/) });
    expect(importSelectionOf(['a.json', 'funds.csv'])).toEqual({ problem: expect.stringMatching(/één JSON-bestand/) });
  });

  it('names the files it cannot import', () => {
    expect(importSelectionOf(['funds.csv', 'graaf.graphml', 'notities'])).toEqual({
      problem: expect.stringContaining('graaf.graphml, notities'),
    });
  });
});
