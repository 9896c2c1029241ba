import { useCallback, useMemo, useState } from 'react';
import { RELATIONSHIP_TYPES, type NodeKind } from '@koppel/domain';
import type { GraphNode, LoadedGraph } from '../api/graph-types';
import { GraphCanvas } from '../graph/graph-canvas';
import { countByKind, toGraphElements } from '../graph/graph-elements';
import { chooseLayout, graphSize, renderingOptions } from '../graph/graph-layout';
import { graphStylesheet } from '../graph/graph-stylesheet';
import { RelationshipIndex } from '../graph/node-relationships';
import { countLabel, LEGEND_KINDS } from '../labels/dutch-labels';
import { DetailPanel } from '../panels/detail-panel';
import { LegendPanel } from '../panels/legend-panel';
import { SearchBox } from '../panels/search-box';
import { nameIndex } from '../search/find-nodes-by-name';
import { DataPanel } from '../transfer/data-panel';
import { mayTransferData } from '../transfer/transfer-access';
import { AppHeader } from './app-header';
import { useSession } from './use-session';
import { useStakeholderDetail } from './use-stakeholder-detail';
import { useSuggestions } from './use-suggestions';

export interface GraphViewProps {
  graph: LoadedGraph;
  /** The graph on the server changed from here (an import): load it again. */
  onGraphChanged: () => void;
}

/**
 * The loaded graph: legend and filter on the left (and for coordinators the data panel), the
 * canvas, the detail panel on the right.
 */
export function GraphView({ graph, onGraphChanged }: GraphViewProps) {
  const { session } = useSession();
  const [hiddenKinds, setHiddenKinds] = useState<ReadonlySet<NodeKind>>(new Set());
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [fitRequest, setFitRequest] = useState(0);

  // Fixed per loaded graph: size class, layout (so it runs once), renderer options, stylesheet.
  const index = useMemo(() => new RelationshipIndex(graph.nodes, graph.relationships), [graph]);
  const size = useMemo(() => graphSize(graph.nodes.length, graph.relationships.length), [graph]);
  const layout = useMemo(() => chooseLayout(graph.nodes.length, graph.relationships.length), [graph]);
  const rendering = useMemo(() => renderingOptions(size), [size]);
  const stylesheet = useMemo(() => graphStylesheet({ large: size !== 'small' }), [size]);
  const counts = useMemo(() => countByKind(graph.nodes, LEGEND_KINDS), [graph]);
  const elements = useMemo(
    () => toGraphElements(graph.nodes, graph.relationships, { hiddenKinds }),
    [graph, hiddenKinds],
  );

  const visibleNodes = graph.nodes.length - [...hiddenKinds].reduce((sum, kind) => sum + counts[kind], 0);
  const selectedNode = selectedId ? index.node(selectedId) : undefined;
  const detail = useStakeholderDetail(selectedNode ? selectedNode.id : null);
  const suggestions = useSuggestions(selectedNode ?? null);
  const isInGraph = useCallback((id: string) => index.node(id) !== undefined, [index]);
  const relationships = useMemo(
    () => (selectedNode ? index.relationshipsOf(selectedNode.id, RELATIONSHIP_TYPES) : []),
    [index, selectedNode],
  );

  const toggleKind = useCallback((kind: NodeKind) => {
    setHiddenKinds((current) => {
      const next = new Set(current);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });
  }, []);
  const showAll = useCallback(() => setHiddenKinds(new Set()), []);
  const fit = useCallback(() => setFitRequest((n) => n + 1), []);
  const select = useCallback((id: string | null) => setSelectedId(id), []);
  const names = useMemo(() => nameIndex(graph.nodes), [graph]);
  // A node found by name is shown even when its kind is switched off: that is what was asked for.
  const showAndSelect = useCallback((node: GraphNode) => {
    setHiddenKinds((current) => {
      if (!current.has(node.kind)) return current;
      const next = new Set(current);
      next.delete(node.kind);
      return next;
    });
    setSelectedId(node.id);
  }, []);

  return (
    <div className="app-shell">
      <AppHeader>
        <span className="stat" data-testid="node-count">
          {countLabel(graph.nodes.length, 'stakeholder', 'stakeholders')}
        </span>
        <span className="stat">{countLabel(graph.relationships.length, 'relatie', 'relaties')}</span>
        {hiddenKinds.size > 0 && <span className="stat stat-filter">{countLabel(visibleNodes, 'zichtbaar', 'zichtbaar')}</span>}
      </AppHeader>
      <main className={`workspace${selectedNode ? ' has-detail' : ''}`}>
        <aside className="sidebar">
          <SearchBox index={names} onPick={showAndSelect} />
          <LegendPanel counts={counts} hiddenKinds={hiddenKinds} onToggleKind={toggleKind} onShowAll={showAll} onFit={fit} />
          {mayTransferData(session?.account.role) && <DataPanel onImported={onGraphChanged} />}
          <section className="hint">
            <h2 className="sidebar-title">Zo werkt het</h2>
            <p>Zoek op naam, of klik op een stakeholder voor het profiel en de relaties. Scroll om te zoomen, sleep om te verschuiven.</p>
            <p>Grotere vormen hebben meer relaties.</p>
          </section>
        </aside>
        <div className="canvas-area">
          {graph.nodes.length === 0 ? (
            <div className="state-card">
              <h2>Nog geen stakeholders</h2>
              <p>De graaf is leeg. Laad de demodata, of importeer stakeholders (coördinatoren: via Gegevens).</p>
            </div>
          ) : (
            <GraphCanvas
              elements={elements}
              stylesheet={stylesheet}
              layout={layout}
              rendering={rendering}
              selectedId={selectedId}
              onSelect={select}
              fitRequest={fitRequest}
            />
          )}
        </div>
        {selectedNode && (
          <DetailPanel
            key={selectedNode.id}
            node={selectedNode}
            detail={detail}
            relationships={relationships}
            suggestions={suggestions.state}
            isInGraph={isInGraph}
            onSelect={select}
            onRetrySuggestions={suggestions.retry}
            onClose={() => select(null)}
          />
        )}
      </main>
    </div>
  );
}
