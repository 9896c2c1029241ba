import type { NodeKind } from '@koppel/domain';
import { graphNode } from '../api/graph-node.fixture';
import type { GraphNode } from '../api/graph-types';
import { findNodesByName, nameIndex } from './find-nodes-by-name';

const node = (id: string, name: string, kind: NodeKind = 'Entrepreneur'): GraphNode => graphNode(id, { kind, name });

const index = nameIndex([
  node('gem-sudwest', 'Gemeente Súdwest-Fryslân', 'Municipality'),
  node('gem-noardeast', 'Gemeente Noardeast-Fryslân', 'Municipality'),
  node('ent-waterwerk', 'Waterwerk Fryslân'),
  node('ent-kans', 'Bootwerf Nije Kâns'),
  node('fund-rabo', 'Rabo Foundation', 'Fund'),
  node('ent-fryske', 'Fryske Kaas'),
  node('ent-afrika', 'Afrikaanse Keuken'),
]);
const names = (query: string, limit?: number) => findNodesByName(index, query, limit).map((found) => found.name);

describe('findNodesByName', () => {
  it('finds names as people type them: any case, with or without accents', () => {
    expect(names('sudwest')).toEqual(['Gemeente Súdwest-Fryslân']);
    expect(names('KÂNS')).toEqual(['Bootwerf Nije Kâns']);
    expect(names('nije kans')).toEqual(['Bootwerf Nije Kâns']);
    expect(names('noardeast fryslan')).toEqual(['Gemeente Noardeast-Fryslân']);
  });

  it('lists a name that starts with the query first, then one with a word that does, then the rest', () => {
    expect(names('fr')).toEqual([
      'Fryske Kaas',
      'Gemeente Noardeast-Fryslân',
      'Gemeente Súdwest-Fryslân',
      'Waterwerk Fryslân',
      'Afrikaanse Keuken',
    ]);
  });

  it('lists at most the limit, and nothing for an empty or blank query', () => {
    expect(names('a', 2)).toHaveLength(2);
    expect(names('')).toEqual([]);
    expect(names('   ')).toEqual([]);
  });

  it('answers nothing when no name holds the query', () => {
    expect(names('triodos')).toEqual([]);
  });
});
