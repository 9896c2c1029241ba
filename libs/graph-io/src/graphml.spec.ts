import { CONTRACT_BATCH } from '@koppel/graph-store/testing';
import { graphmlOf } from './graphml';

describe('GraphML export', () => {
  const document = {
    format: 'koppel-graph' as const,
    version: 1 as const,
    nodes: [...CONTRACT_BATCH.nodes, { id: 'ent-amp', kind: 'Entrepreneur', name: 'Kaas & "Co" <Dokkum>', municipality: 'noardeast-fryslan' }] as Record<string, unknown>[],
    relationships: [...CONTRACT_BATCH.relationships] as Record<string, unknown>[],
  };
  const graphml = graphmlOf(document);

  it('declares typed attributes and writes every node and relationship', () => {
    expect(graphml).toContain('<key id="n_kind" for="node" attr.name="kind" attr.type="string"/>');
    expect(graphml.match(/<node /g)).toHaveLength(document.nodes.length);
    expect(graphml.match(/<edge /g)).toHaveLength(document.relationships.length);
    expect(graphml).toContain(
      '<edge id="e4" source="fund-noord" target="ent-zonnewerf"><data key="e_type">FUNDED</data><data key="e_year">2021</data><data key="e_amountEur">50000</data></edge>',
    );
  });

  it('derives the province and escapes text so any name stays valid XML', () => {
    expect(graphml).toContain('<data key="n_label">Kaas &#38; &#34;Co&#34; &#60;Dokkum&#62;</data>');
    expect(graphml).toMatch(/<node id="ent-amp">.*<data key="n_province">FRYSLAN<\/data>/);
  });
});
