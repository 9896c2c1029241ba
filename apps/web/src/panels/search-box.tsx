import { useMemo, useState, type KeyboardEvent } from 'react';
import type { GraphNode } from '../api/graph-types';
import { KIND_LABELS } from '../labels/dutch-labels';
import { findNodesByName, type NameIndex } from '../search/find-nodes-by-name';
import { KindSwatch } from './kind-swatch';

export interface SearchBoxProps {
  index: NameIndex;
  /** A name was chosen: show that node (whatever kinds are switched off) and select it. */
  onPick: (node: GraphNode) => void;
}

/** Find a stakeholder by (part of) its name, typed with or without accents; Enter takes the first. */
export function SearchBox({ index, onPick }: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => findNodesByName(index, query), [index, query]);
  const pick = (node: GraphNode) => {
    setQuery('');
    onPick(node);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && matches.length > 0) pick(matches[0]);
    if (event.key === 'Escape') setQuery('');
  };
  return (
    <section className="search" role="search" data-testid="node-search">
      <h2 className="sidebar-title">
        <label htmlFor="node-search-input">Zoeken</label>
      </h2>
      <input
        id="node-search-input"
        className="search-input"
        type="search"
        placeholder="Naam van een stakeholder"
        autoComplete="off"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {query.trim() !== '' &&
        (matches.length === 0 ? (
          <p className="search-empty">Geen stakeholder met ‘{query.trim()}’ in de naam.</p>
        ) : (
          <ul className="search-matches" aria-label="Gevonden stakeholders">
            {matches.map((node) => (
              <li key={node.id}>
                <button type="button" className="search-match" data-testid="search-match" data-node-id={node.id} onClick={() => pick(node)}>
                  <KindSwatch kind={node.kind} size={14} />
                  <span className="search-match-name">{node.name}</span>
                  <span className="search-match-kind">{KIND_LABELS[node.kind]}</span>
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
