import { useState, type ReactNode } from 'react';
import type { GraphNode, MunicipalityPolicy, StakeholderDetail } from '../api/graph-types';
import type { DetailState } from '../app/use-stakeholder-detail';
import type { SuggestionsState } from '../app/use-suggestions';
import { isSuggestingKind } from '../api/load-suggestions';
import type { NodeRelationship } from '../graph/node-relationships';
import {
  domainLabel,
  ENTERPRISE_KIND_LABELS,
  FINANCE_INSTRUMENT_LABELS,
  formatEuro,
  formatTicketRange,
  KIND_LABELS,
  LABEL_LABELS,
  placeLabel,
  POLICY_LABELS,
  PROCUREMENT_INSTRUMENT_LABELS,
  provinceLabel,
  PURCHASER_TYPE_LABELS,
  RELATIONSHIP_LABELS,
  STAGE_LABELS,
  themeLabel,
} from '../labels/dutch-labels';
import { KindSwatch } from './kind-swatch';
import { SuggestionsSection } from './suggestions-section';

export interface DetailPanelProps {
  node: GraphNode;
  detail: DetailState;
  relationships: NodeRelationship[];
  suggestions: SuggestionsState;
  /** Whether a node is in the loaded graph, so selecting it can show it. */
  isInGraph: (id: string) => boolean;
  onSelect: (id: string) => void;
  onRetrySuggestions: () => void;
  onClose: () => void;
}

/** Everything Koppel knows about the selected node: its profile, whom it should meet, its relationships. */
export function DetailPanel({
  node,
  detail,
  relationships,
  suggestions,
  isInGraph,
  onSelect,
  onRetrySuggestions,
  onClose,
}: DetailPanelProps) {
  const profile = detail.status === 'ready' && detail.id === node.id ? detail.detail : null;
  const place = placeLabel(profile?.municipality ?? node.municipality, profile?.province ?? node.province);
  return (
    <aside className="detail-panel" aria-labelledby="detail-name" data-testid="detail-panel" data-node-id={node.id}>
      <header className="detail-header">
        <div className="detail-kind">
          <KindSwatch kind={node.kind} size={16} />
          <span>{KIND_LABELS[node.kind]}</span>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Sluit details">
          ×
        </button>
      </header>
      <h2 id="detail-name" className="detail-name" data-testid="detail-name">
        {node.name}
      </h2>
      {place && <p className="detail-place">{place}</p>}

      {(profile?.illustrative ?? node.illustrative) && (
        <p className="illustrative-note" data-testid="illustrative-note">
          <span className="badge badge-illustrative">illustratief profiel</span>
          <span>Dit profiel is een illustratie, geen vastgesteld feit.</span>
          {profile?.source && <span className="illustrative-source">Bron: {profile.source}</span>}
        </p>
      )}

      {detail.status === 'loading' && <p className="muted">Profiel laden…</p>}
      {detail.status === 'error' && (
        <p className="inline-error" role="alert">
          Het profiel kon niet worden geladen: {detail.error.message}
        </p>
      )}
      {profile && <Profile profile={profile} />}

      {isSuggestingKind(node.kind) && suggestions.status !== 'none' && (
        <SuggestionsSection
          kind={node.kind}
          state={suggestions}
          isInGraph={isInGraph}
          onSelect={onSelect}
          onRetry={onRetrySuggestions}
        />
      )}

      <Relationships relationships={relationships} onSelect={onSelect} />
    </aside>
  );
}

function Profile({ profile }: { profile: StakeholderDetail }) {
  return (
    <>
      {profile.description && <p className="detail-description">{profile.description}</p>}
      <dl className="facts">
        {profile.themes.length > 0 && (
          <Fact term="Thema's">
            <Chips items={profile.themes.map(themeLabel)} />
          </Fact>
        )}
        {profile.offers.length > 0 && (
          <Fact term="Biedt">
            <Chips items={profile.offers.map(domainLabel)} tone="domain" />
          </Fact>
        )}
        <KindFacts profile={profile} />
        {profile.website && profile.__typename !== 'Person' && (
          <Fact term="Website">
            <a href={profile.website} target="_blank" rel="noreferrer noopener">
              {profile.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
            </a>
          </Fact>
        )}
        {!profile.visibleForMatchmaking && <Fact term="Matchmaking">Doet niet mee (afgemeld)</Fact>}
        {profile.source && !profile.illustrative && <Fact term="Bron">{profile.source}</Fact>}
      </dl>
    </>
  );
}

function KindFacts({ profile }: { profile: StakeholderDetail }) {
  switch (profile.__typename) {
    case 'Entrepreneur':
      return (
        <>
          <Fact term="Soort">{ENTERPRISE_KIND_LABELS[profile.enterpriseKind]}</Fact>
          <Fact term="Fase">{STAGE_LABELS[profile.stage]}</Fact>
          {profile.foundedYear != null && <Fact term="Opgericht">{profile.foundedYear}</Fact>}
          {profile.sdgs.length > 0 && <Fact term="SDG's">{profile.sdgs.map((sdg) => `SDG ${sdg}`).join(', ')}</Fact>}
          {profile.products.length > 0 && (
            <Fact term="Levert">
              <Chips items={profile.products} tone="plain" />
            </Fact>
          )}
          {profile.labels.length > 0 && (
            <Fact term="Keurmerken">
              <Chips items={profile.labels.map((label) => LABEL_LABELS[label])} tone="plain" />
            </Fact>
          )}
          {profile.needs && profile.needs.length > 0 && (
            <Fact term="Zoekt">
              <ul className="needs">
                {profile.needs.map((need, index) => (
                  <li key={index}>
                    <span className="chip chip-domain">{domainLabel(need.domain)}</span>{' '}
                    <span>{need.description}</span>
                    {(need.amountEur != null || need.instrument || need.category) && (
                      <span className="need-terms">
                        {[
                          need.amountEur != null ? formatEuro(need.amountEur) : null,
                          need.instrument ? FINANCE_INSTRUMENT_LABELS[need.instrument] : null,
                          need.category,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </Fact>
          )}
        </>
      );
    case 'Fund': {
      const ticket = formatTicketRange(profile.ticketMinEur, profile.ticketMaxEur);
      return (
        <>
          {profile.instruments.length > 0 && (
            <Fact term="Instrumenten">
              <Chips items={profile.instruments.map((i) => FINANCE_INSTRUMENT_LABELS[i])} tone="plain" />
            </Fact>
          )}
          {ticket && <Fact term="Ticket">{ticket}</Fact>}
          {profile.stages.length > 0 && (
            <Fact term="Fases">{profile.stages.map((stage) => STAGE_LABELS[stage]).join(', ')}</Fact>
          )}
          {profile.regions.length > 0 && <Fact term="Regio's">{profile.regions.map(provinceLabel).join(', ')}</Fact>}
          <Fact term="Alleen sociaal">{profile.socialOnly ? 'Ja, alleen sociale ondernemingen' : 'Nee'}</Fact>
          <Fact term="Aanvragen">
            <span className={profile.openForApplications ? 'status-yes' : 'status-no'}>
              {profile.openForApplications ? 'Open voor aanvragen' : 'Nu gesloten'}
            </span>
          </Fact>
        </>
      );
    }
    case 'Purchaser':
      return (
        <>
          <Fact term="Type">{PURCHASER_TYPE_LABELS[profile.purchaserType]}</Fact>
          {profile.categories.length > 0 && (
            <Fact term="Koopt in">
              <Chips items={profile.categories} tone="plain" />
            </Fact>
          )}
          {profile.procurementInstruments.length > 0 && (
            <Fact term="Instrumenten">
              <Chips items={profile.procurementInstruments.map((i) => PROCUREMENT_INSTRUMENT_LABELS[i])} tone="plain" />
            </Fact>
          )}
          {profile.openQuestions.length > 0 && (
            <Fact term="Open vragen">
              <ul className="plain-list">
                {profile.openQuestions.map((question, index) => (
                  <li key={index}>{question}</li>
                ))}
              </ul>
            </Fact>
          )}
        </>
      );
    case 'Municipality':
      return (
        <Fact term="Beleid">
          <ul className="policy-list">
            {(Object.keys(POLICY_LABELS) as (keyof MunicipalityPolicy)[]).map((flag) => (
              <li key={flag} className={profile.policy[flag] ? 'status-yes' : 'status-no'}>
                <span aria-hidden="true">{profile.policy[flag] ? '✓' : '–'}</span> {POLICY_LABELS[flag]}
                <span className="sr-only">{profile.policy[flag] ? ': ja' : ': nee'}</span>
              </li>
            ))}
          </ul>
        </Fact>
      );
    case 'Network':
    case 'KnowledgeInstitution':
    case 'SupportProgramme':
      return profile.regions.length > 0 ? (
        <Fact term="Regio's">{profile.regions.map(provinceLabel).join(', ')}</Fact>
      ) : null;
    case 'Person':
      return profile.role ? <Fact term="Rol">{profile.role}</Fact> : null;
    case 'Event':
      return <Fact term="Datum">{formatDate(profile.date)}</Fact>;
    case 'Province':
      return null;
  }
}

const GROUP_PREVIEW = 8;

function Relationships({ relationships, onSelect }: { relationships: NodeRelationship[]; onSelect: (id: string) => void }) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  if (relationships.length === 0) return <p className="muted">Nog geen relaties bekend.</p>;

  const groups = new Map<string, NodeRelationship[]>();
  for (const entry of relationships) {
    const key = `${entry.relationship.type}:${entry.direction}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return (
    <section className="relationships" aria-labelledby="relationships-title">
      <h3 id="relationships-title">Relaties ({relationships.length})</h3>
      {[...groups.entries()].map(([key, entries]) => {
        const { type } = entries[0].relationship;
        const label = RELATIONSHIP_LABELS[type][entries[0].direction];
        const open = expanded.has(key);
        const shown = open ? entries : entries.slice(0, GROUP_PREVIEW);
        return (
          <div key={key} className="relationship-group">
            <h4>
              {label} <span className="muted">({entries.length})</span>
            </h4>
            <ul>
              {shown.map(({ relationship, other }) => (
                <li key={relationship.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onSelect(other.id)}
                    data-testid="relationship-link"
                    data-type={relationship.type}
                  >
                    <KindSwatch kind={other.kind} size={12} />
                    <span>{other.name}</span>
                  </button>
                  <RelationshipTerms relationship={relationship} />
                </li>
              ))}
            </ul>
            {entries.length > GROUP_PREVIEW && (
              <button
                type="button"
                className="text-button"
                onClick={() => setExpanded((current) => toggled(current, key))}
              >
                {open ? 'Minder tonen' : `Toon alle ${entries.length}`}
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}

function RelationshipTerms({ relationship }: { relationship: NodeRelationship['relationship'] }) {
  const terms = [
    relationship.role,
    relationship.amountEur != null ? formatEuro(relationship.amountEur) : null,
    relationship.year != null ? String(relationship.year) : null,
  ].filter(Boolean);
  return terms.length > 0 ? <span className="relationship-terms">{terms.join(' · ')}</span> : null;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Chips({ items, tone = 'theme' }: { items: string[]; tone?: 'theme' | 'domain' | 'plain' }) {
  return (
    <ul className="chips">
      {items.map((item) => (
        <li key={item} className={`chip chip-${tone}`}>
          {item}
        </li>
      ))}
    </ul>
  );
}

function toggled(set: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}

const DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : DATE.format(date);
}
