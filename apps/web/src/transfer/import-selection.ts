import type { ImportFormat } from '../api/graph-transfer';

/** What the picked files are: an import the API takes, or why they are not (in Dutch, for the user). */
export type ImportSelection = { format: ImportFormat } | { problem: string };

const extensionOf = (name: string): string => name.slice(name.lastIndexOf('.') + 1).toLowerCase();

/**
 * One JSON file is a JSON import; one or more CSV files are one CSV import together. Anything
 * else the API would refuse, so it is refused here, before reading a byte, with what to pick.
 */
export function importSelectionOf(names: readonly string[]): ImportSelection {
  if (names.length === 0) return { problem: 'Kies eerst een JSON-bestand of een of meer CSV-bestanden.' };
  const other = names.filter((name) => !['json', 'csv'].includes(extensionOf(name)));
  if (other.length > 0) {
    return { problem: `Alleen .json- en .csv-bestanden kunnen worden geïmporteerd, niet ${other.join(', ')}.` };
  }
  const json = names.filter((name) => extensionOf(name) === 'json');
  if (json.length === 0) return { format: 'CSV' };
  if (json.length === 1 && names.length === 1) return { format: 'JSON' };
  return { problem: 'Kies één JSON-bestand, of alleen CSV-bestanden: die twee gaan niet samen in één import.' };
}
