import { suggestClosest } from './suggest-closest';
import { foldAccents } from './search-key';

/**
 * The 40 municipalities of Noord-Nederland and their provinces. Coordinates are those of each
 * main town, approximate, for map placement and distance only (see shared/DOMAIN.md).
 */
export const PROVINCES = ['GRONINGEN', 'FRYSLAN', 'DRENTHE'] as const;
export type Province = (typeof PROVINCES)[number];

export const PROVINCE_NAMES: Record<Province, string> = {
  GRONINGEN: 'Groningen',
  FRYSLAN: 'Fryslân',
  DRENTHE: 'Drenthe',
};

export interface MunicipalityInfo {
  /** Stable key used wherever a location is recorded, e.g. `het-hogeland`. */
  readonly code: string;
  readonly name: string;
  readonly province: Province;
  readonly mainTown: string;
  readonly lat: number;
  readonly lon: number;
}

export const MUNICIPALITIES: readonly MunicipalityInfo[] = [
  { code: 'eemsdelta', name: 'Eemsdelta', province: 'GRONINGEN', mainTown: 'Delfzijl', lat: 53.33, lon: 6.92 },
  { code: 'groningen', name: 'Groningen', province: 'GRONINGEN', mainTown: 'Groningen', lat: 53.22, lon: 6.57 },
  { code: 'het-hogeland', name: 'Het Hogeland', province: 'GRONINGEN', mainTown: 'Winsum', lat: 53.33, lon: 6.52 },
  { code: 'midden-groningen', name: 'Midden-Groningen', province: 'GRONINGEN', mainTown: 'Hoogezand', lat: 53.16, lon: 6.76 },
  { code: 'oldambt', name: 'Oldambt', province: 'GRONINGEN', mainTown: 'Winschoten', lat: 53.14, lon: 7.03 },
  { code: 'pekela', name: 'Pekela', province: 'GRONINGEN', mainTown: 'Oude Pekela', lat: 53.10, lon: 7.01 },
  { code: 'stadskanaal', name: 'Stadskanaal', province: 'GRONINGEN', mainTown: 'Stadskanaal', lat: 52.99, lon: 6.95 },
  { code: 'veendam', name: 'Veendam', province: 'GRONINGEN', mainTown: 'Veendam', lat: 53.11, lon: 6.88 },
  { code: 'westerkwartier', name: 'Westerkwartier', province: 'GRONINGEN', mainTown: 'Zuidhorn', lat: 53.25, lon: 6.41 },
  { code: 'westerwolde', name: 'Westerwolde', province: 'GRONINGEN', mainTown: 'Ter Apel', lat: 52.88, lon: 7.07 },
  { code: 'achtkarspelen', name: 'Achtkarspelen', province: 'FRYSLAN', mainTown: 'Buitenpost', lat: 53.25, lon: 6.15 },
  { code: 'ameland', name: 'Ameland', province: 'FRYSLAN', mainTown: 'Nes', lat: 53.45, lon: 5.77 },
  { code: 'dantumadiel', name: 'Dantumadiel', province: 'FRYSLAN', mainTown: 'Damwâld', lat: 53.29, lon: 5.99 },
  { code: 'de-fryske-marren', name: 'De Fryske Marren', province: 'FRYSLAN', mainTown: 'Joure', lat: 52.97, lon: 5.79 },
  { code: 'harlingen', name: 'Harlingen', province: 'FRYSLAN', mainTown: 'Harlingen', lat: 53.17, lon: 5.42 },
  { code: 'heerenveen', name: 'Heerenveen', province: 'FRYSLAN', mainTown: 'Heerenveen', lat: 52.96, lon: 5.92 },
  { code: 'leeuwarden', name: 'Leeuwarden', province: 'FRYSLAN', mainTown: 'Leeuwarden', lat: 53.20, lon: 5.80 },
  { code: 'noardeast-fryslan', name: 'Noardeast-Fryslân', province: 'FRYSLAN', mainTown: 'Dokkum', lat: 53.33, lon: 6.00 },
  { code: 'ooststellingwerf', name: 'Ooststellingwerf', province: 'FRYSLAN', mainTown: 'Oosterwolde', lat: 52.99, lon: 6.29 },
  { code: 'opsterland', name: 'Opsterland', province: 'FRYSLAN', mainTown: 'Gorredijk', lat: 53.01, lon: 6.07 },
  { code: 'schiermonnikoog', name: 'Schiermonnikoog', province: 'FRYSLAN', mainTown: 'Schiermonnikoog', lat: 53.48, lon: 6.16 },
  { code: 'smallingerland', name: 'Smallingerland', province: 'FRYSLAN', mainTown: 'Drachten', lat: 53.11, lon: 6.10 },
  { code: 'sudwest-fryslan', name: 'Súdwest-Fryslân', province: 'FRYSLAN', mainTown: 'Sneek', lat: 53.03, lon: 5.66 },
  { code: 'terschelling', name: 'Terschelling', province: 'FRYSLAN', mainTown: 'West-Terschelling', lat: 53.36, lon: 5.22 },
  { code: 'tytsjerksteradiel', name: 'Tytsjerksteradiel', province: 'FRYSLAN', mainTown: 'Burgum', lat: 53.19, lon: 5.99 },
  { code: 'vlieland', name: 'Vlieland', province: 'FRYSLAN', mainTown: 'Oost-Vlieland', lat: 53.30, lon: 5.07 },
  { code: 'waadhoeke', name: 'Waadhoeke', province: 'FRYSLAN', mainTown: 'Franeker', lat: 53.19, lon: 5.54 },
  { code: 'weststellingwerf', name: 'Weststellingwerf', province: 'FRYSLAN', mainTown: 'Wolvega', lat: 52.88, lon: 6.00 },
  { code: 'aa-en-hunze', name: 'Aa en Hunze', province: 'DRENTHE', mainTown: 'Gieten', lat: 53.01, lon: 6.76 },
  { code: 'assen', name: 'Assen', province: 'DRENTHE', mainTown: 'Assen', lat: 52.99, lon: 6.56 },
  { code: 'borger-odoorn', name: 'Borger-Odoorn', province: 'DRENTHE', mainTown: 'Exloo', lat: 52.88, lon: 6.87 },
  { code: 'coevorden', name: 'Coevorden', province: 'DRENTHE', mainTown: 'Coevorden', lat: 52.66, lon: 6.74 },
  { code: 'de-wolden', name: 'De Wolden', province: 'DRENTHE', mainTown: 'Zuidwolde', lat: 52.67, lon: 6.43 },
  { code: 'emmen', name: 'Emmen', province: 'DRENTHE', mainTown: 'Emmen', lat: 52.79, lon: 6.90 },
  { code: 'hoogeveen', name: 'Hoogeveen', province: 'DRENTHE', mainTown: 'Hoogeveen', lat: 52.72, lon: 6.48 },
  { code: 'meppel', name: 'Meppel', province: 'DRENTHE', mainTown: 'Meppel', lat: 52.70, lon: 6.19 },
  { code: 'midden-drenthe', name: 'Midden-Drenthe', province: 'DRENTHE', mainTown: 'Beilen', lat: 52.86, lon: 6.51 },
  { code: 'noordenveld', name: 'Noordenveld', province: 'DRENTHE', mainTown: 'Roden', lat: 53.14, lon: 6.42 },
  { code: 'tynaarlo', name: 'Tynaarlo', province: 'DRENTHE', mainTown: 'Vries', lat: 53.07, lon: 6.58 },
  { code: 'westerveld', name: 'Westerveld', province: 'DRENTHE', mainTown: 'Diever', lat: 52.85, lon: 6.32 },
];

const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

export const MUNICIPALITY_CODES = MUNICIPALITIES.map((m) => m.code);

export function findMunicipality(code: string): MunicipalityInfo | undefined {
  return byCode.get(code);
}

/** `Súdwest-Fryslân` -> `sudwest-fryslan`: how codes are made from names. */
function asCode(text: string): string {
  return foldAccents(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Every spelling a person may use for a municipality (its code, name, main town), to its code. */
const codeBySpelling = new Map<string, string>(
  MUNICIPALITIES.flatMap((m) => [
    [m.code, m.code],
    [asCode(m.name), m.code],
    [asCode(m.mainTown), m.code],
  ]),
);

/**
 * The municipality code someone probably meant: the code of a municipality named or of its main
 * town ("Dokkum" -> `noardeast-fryslan`), or of the nearest spelling for a typo ("Groningn").
 */
export function suggestMunicipalityCode(input: string): string | undefined {
  const wanted = asCode(input);
  const exact = codeBySpelling.get(wanted);
  if (exact) return exact;
  const near = suggestClosest(wanted, [...codeBySpelling.keys()]);
  return near ? codeBySpelling.get(near) : undefined;
}
