import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedGraphStore } from '@koppel/graph-store';
import { CONTRACT_BATCH, CONTRACT_WRITER } from '@koppel/graph-store/testing';
import { exportGraph } from '../export-graph';
import { importItems, ImportRefusedError } from '../import-graph';
import { graphCsvFilesOf, parseGraphCsv, readGraphCsv, writeGraphCsv } from './csv-files';

const scratch = mkdtempSync(join(tmpdir(), 'koppel-csv-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let stores = 0;
const emptyStore = () => new EmbeddedGraphStore({ dataDir: join(scratch, `store-${stores++}`) });
const importer = { origin: 'IMPORT' as const, actor: 'csv-test' };

describe('CSV export and import', () => {
  it('writes one file per kind, relationships with from/to columns, and several values joined by |', async () => {
    const store = emptyStore();
    await store.upsert(CONTRACT_BATCH, CONTRACT_WRITER);
    const dir = join(scratch, 'export');
    expect(writeGraphCsv(dir, await exportGraph(store))).toEqual([
      'entrepreneurs.csv',
      'entrepreneur-needs.csv',
      'networks.csv',
      'funds.csv',
      'purchasers.csv',
      'persons.csv',
      'relationships.csv',
    ]);
    const entrepreneurs = readFileSync(join(dir, 'entrepreneurs.csv'), 'utf8');
    expect(entrepreneurs.split('\n')[0]).toMatch(/^id,name,.*themes.*provenance\.addedBy/);
    expect(entrepreneurs).toContain('ENERGY_TRANSITION|CO2_REDUCTION');
    expect(readFileSync(join(dir, 'relationships.csv'), 'utf8').split('\n')[0]).toMatch(/^type,from,to,/);
  });

  it('round-trips: CSV export imported into an empty store gives the same graph', async () => {
    const original = emptyStore();
    await original.upsert(CONTRACT_BATCH, CONTRACT_WRITER);
    const dir = join(scratch, 'round-trip');
    writeGraphCsv(dir, await exportGraph(original));

    const copy = emptyStore();
    await importItems(copy, readGraphCsv(dir), importer);
    expect(await exportGraph(copy)).toEqual(await exportGraph(original));
  });

  it('round-trips in memory too, file by file, as the API hands CSV files over', async () => {
    const original = emptyStore();
    await original.upsert(CONTRACT_BATCH, CONTRACT_WRITER);
    const files = graphCsvFilesOf(await exportGraph(original));
    expect(files.map((file) => file.name)).toContain('relationships.csv');

    const copy = emptyStore();
    await importItems(copy, parseGraphCsv('upload', files), importer);
    expect(await exportGraph(copy)).toEqual(await exportGraph(original));
  });

  it('reads a sheet as a spreadsheet user writes it, and names file, line, field and reason for a bad row', async () => {
    const dir = join(scratch, 'hand-written');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'entrepreneurs.csv'),
      [
        'id,name,municipality,enterpriseKind,stage,themes,sdgs',
        'ent-a,Fietsfabriek Noord,groningen,SOCIAL,STARTUP,CIRCULAR_ECONOMY|LABOUR_PARTICIPATION,8|12',
        'ent-b,"Kaas & Co, Dokkum",Dokum,CONSTRUCTIVE,SCALEUP,FOOD,2',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'relationships.csv'), 'type,from,to,strength\nKNOWS,ent-a,ent-b,0.7\n');
    const store = emptyStore();

    const refusal = await importItems(store, readGraphCsv(dir), importer).catch((error: unknown) => error);
    expect((refusal as ImportRefusedError).issues).toEqual([
      {
        file: 'hand-written',
        location: 'entrepreneurs.csv line 3',
        field: 'municipality',
        reason: "unknown municipality 'Dokum'; did you mean 'noardeast-fryslan'?",
      },
    ]);
    expect((await store.countByKind()).Entrepreneur).toBe(0);

    writeFileSync(
      join(dir, 'entrepreneurs.csv'),
      readFileSync(join(dir, 'entrepreneurs.csv'), 'utf8').replace(',Dokum,', ',noardeast-fryslan,'),
    );
    await importItems(store, readGraphCsv(dir), importer);
    expect(await store.getNode('ent-a')).toMatchObject({ themes: ['CIRCULAR_ECONOMY', 'LABOUR_PARTICIPATION'], sdgs: [8, 12] });
    expect((await store.findRelationships({ types: ['KNOWS'] }, { first: 5 })).items[0]).toMatchObject({ strength: 0.7 });
  });

  it('refuses a CSV file it does not know, naming the files it does', () => {
    const dir = join(scratch, 'unknown-file');
    mkdirSync(dir);
    writeFileSync(join(dir, 'companies.csv'), 'id,name\n');
    expect(() => readGraphCsv(dir)).toThrow(/companies\.csv: \(file\): is not one of entrepreneurs\.csv/);
  });

  it('refuses a handed-over file of a name it does not know, whatever its extension', () => {
    expect(() => parseGraphCsv('upload', [{ name: 'notes.txt', content: 'x' }])).toThrow(/notes\.txt: \(file\): is not one of/);
  });
});
