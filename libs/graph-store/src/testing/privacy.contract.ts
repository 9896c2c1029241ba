import {
  AuditEntry,
  ConflictError,
  ERASED_ACTOR,
  ERASED_MENTION,
  GraphBatchInput,
  NotFoundError,
  reviewIntroduction,
  startIntroduction,
  ValidationError,
} from '@koppel/domain';
import type { GraphStore } from '../graph-store.port';
import { CONTRACT_BATCH, CONTRACT_RELATIONSHIPS } from './contract-fixture';

/**
 * What privacy asks of a store, on the contract fixture: sharing needs, a viewer's own ties,
 * forgetting a person, and the audit trail. Part of describeGraphStoreContract.
 */
export function describePrivacyContract(store: () => GraphStore, upsert: (batch: GraphBatchInput) => Promise<unknown>): void {
  const at = (day: number) => new Date(Date.UTC(2026, 7, day, 9, 0, 0));
  const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
  const erasure = (id = 'audit:1', extra: Partial<AuditEntry> = {}): AuditEntry => ({
    id,
    at: '2026-08-20T10:00:00.000Z',
    action: 'FORGET_PERSON',
    actorAccountId: 'account:coordinator',
    subject: 'sha256:0123abcd',
    reason: 'verzoek van de persoon',
    ...extra,
  });

  describe('privacy', () => {
    beforeEach(() => upsert(CONTRACT_BATCH));

    describe('needs shared with other entrepreneurs', () => {
      it('are not shared unless the entrepreneur says so, and can be filtered on', async () => {
        await expect(store().getNode('ent-zonnewerf')).resolves.toMatchObject({ needsShared: false });
        const werkplaats = CONTRACT_BATCH.nodes.find((node) => node.id === 'ent-werkplaats');
        await upsert({ nodes: [{ ...werkplaats, needsShared: true }] } as GraphBatchInput);
        await expect(store().getNode('ent-werkplaats')).resolves.toMatchObject({ needsShared: true });
        expect(ids((await store().findNodes({ needsShared: true }, { first: 10 })).items)).toEqual(['ent-werkplaats']);
        const unshared = await store().findNodes({ needsShared: false, needs: 'FINANCE' }, { first: 10 });
        expect(ids(unshared.items)).toEqual(['ent-zonnewerf']);
        expect(unshared.totalCount).toBe(1);
      });
    });

    describe('a viewer’s own ties, whatever their visibility', () => {
      beforeEach(() =>
        upsert({ relationships: [{ type: 'KNOWS', from: 'ent-zonnewerf', to: 'ent-kringloop', visibility: 'COORDINATORS' }] }),
      );
      const publicOnly = { visibilities: ['PUBLIC'] as const };

      it('are listed when one end is one of visibleWhenTouching, and only then', async () => {
        const own = await store().findRelationships({ types: ['KNOWS'], ...publicOnly, visibleWhenTouching: ['ent-kringloop'] }, { first: 10 });
        expect(own.items.map((rel) => rel.from)).toEqual(['ent-zonnewerf', 'person-anouk']);
        expect(own.totalCount).toBe(2);
        const others = await store().findRelationships({ types: ['KNOWS'], ...publicOnly, visibleWhenTouching: ['fund-noord'] }, { first: 10 });
        expect(others.items.map((rel) => rel.from)).toEqual(['person-anouk']);
      });

      it('are walked by neighbourhoods and shortest paths', async () => {
        const scope = { ...publicOnly, visibleWhenTouching: ['ent-zonnewerf'] };
        const near = await store().neighbourhood('ent-zonnewerf', { depth: 1, ...scope });
        expect(ids(near.nodes)).toContain('ent-kringloop');
        const path = await store().shortestPath('ent-zonnewerf', 'ent-kringloop', { maxHops: 4, ...scope });
        expect(path?.relationships).toHaveLength(1);
        const notOwn = await store().shortestPath('ent-zonnewerf', 'ent-kringloop', { maxHops: 4, ...publicOnly, visibleWhenTouching: ['fund-noord'] });
        expect(notOwn?.relationships).toHaveLength(3);
      });
    });

    describe('forgetPerson', () => {
      const request = (requesterId: string, targetId: string, extra: { introducerId?: string; review?: boolean } = {}) =>
        startIntroduction({ requesterId, targetId, message: 'Kennismaken?', ...extra }, `intro:${requesterId}:${targetId}`, at(1));

      /** Anouk asked one introduction, was asked to make another and reviewed a third; a fourth is not hers. */
      async function introductionsAroundAnouk() {
        const own = await store().createIntroduction(request('person-anouk', 'fund-noord'));
        const introduced = await store().createIntroduction(request('ent-zonnewerf', 'fund-noord', { introducerId: 'person-anouk', review: true }));
        const reviewed = await store().saveIntroduction(
          reviewIntroduction(
            await store().createIntroduction(request('ent-kringloop', 'fund-noord', { review: true })),
            'APPROVE',
            'person-anouk',
            at(2),
          ),
        );
        const unrelated = await store().createIntroduction(request('ent-werkplaats', 'purchaser-groningen'));
        await store().recordImpressions('ent-zonnewerf', ['person-anouk', 'fund-noord'], at(3));
        await store().createAccount({
          id: 'account:anouk',
          email: 'anouk@example.org',
          role: 'COORDINATOR',
          organisationId: 'net-impact-noord',
          personId: 'person-anouk',
          passwordHash: '$argon2id$not-a-real-hash',
          createdAt: '2026-08-01T00:00:00.000Z',
        });
        return { own, introduced, reviewed, unrelated };
      }

      it('finds every introduction a person acted in: asked, received, introduced or took a step', async () => {
        const { own, introduced, reviewed } = await introductionsAroundAnouk();
        const acted = await store().findIntroductions({ actedInBy: 'person-anouk' }, { first: 10 });
        expect(ids(acted.items).sort()).toEqual([own.id, introduced.id, reviewed.id].sort());
        expect(acted.totalCount).toBe(3);
      });

      it('removes the person, their ties and introductions, redacts them elsewhere, and appends the audit entry', async () => {
        const { own, introduced, reviewed, unrelated } = await introductionsAroundAnouk();
        await expect(store().forgetPerson('person-anouk', erasure())).resolves.toEqual({
          relationshipsRemoved: 2,
          introductionsRemoved: 1,
          introductionsRedacted: 2,
          accountsRemoved: 1,
          mentionsRedacted: 0,
        });
        await expect(store().getAccount('account:anouk')).resolves.toBeNull();

        await expect(store().getNode('person-anouk')).resolves.toBeNull();
        const ties = await store().findRelationships({ nodeIds: ['person-anouk'] }, { first: 10 });
        expect(ties.totalCount).toBe(0);
        await expect(store().getIntroduction(own.id)).resolves.toBeNull();

        const keptIntroduced = await store().getIntroduction(introduced.id);
        expect(keptIntroduced?.introducerId).toBeUndefined();
        expect(keptIntroduced?.version).toBeGreaterThan(introduced.version);
        const keptReviewed = await store().getIntroduction(reviewed.id);
        expect(keptReviewed?.steps.map((step) => step.actorId)).toEqual(['ent-kringloop', ERASED_ACTOR]);
        expect(keptReviewed?.version).toBe(reviewed.version + 1);
        await expect(store().getIntroduction(unrelated.id)).resolves.toEqual(unrelated);
        expect(JSON.stringify(await store().findIntroductions({}, { first: 10 }))).not.toContain('person-anouk');

        const context = await store().matchContext({ subjectId: 'ent-zonnewerf', candidateKinds: ['Fund'], visibilities: ['PUBLIC'] });
        expect(context.impressions.map((impression) => impression.targetId)).toEqual(['fund-noord']);

        const audit = await store().findAuditEntries({}, { first: 10 });
        expect(audit.items).toEqual([erasure()]);
      });

      it('takes the person’s name, e-mail and phone out of every text others wrote, and leaves the rest', async () => {
        const fund = CONTRACT_BATCH.nodes.find((node) => node.id === 'fund-noord');
        const zonnewerf = CONTRACT_BATCH.nodes.find((node) => node.id === 'ent-zonnewerf');
        await upsert({
          nodes: [
            { ...fund, description: 'Contact loopt via ANOUK VELDKAMP (anouk@example.org). Anouk van Dijk doet de rest.' },
            { ...zonnewerf, needs: [{ domain: 'FINANCE', description: 'Afspraak met Anoük Veldkamp, +31 6 1234 5678' }] },
          ],
          relationships: [{ ...CONTRACT_RELATIONSHIPS[1], source: 'ledenlijst van Anouk Veldkamp' }],
        } as GraphBatchInput);
        const introduction = await store().createIntroduction(
          startIntroduction(
            {
              requesterId: 'ent-werkplaats',
              targetId: 'purchaser-groningen',
              message: 'Anouk\nVeldkamp raadde jullie aan.',
              reasons: ['Zelfde regio', 'Tip van Anouk Veldkamp'],
            },
            'intro:mentions',
            at(1),
          ),
        );
        await store().appendAuditEntry(erasure('audit:0', { action: 'SET_VISIBLE_FOR_MATCHMAKING', reason: 'op verzoek van anouk veldkamp' }));
        await upsert({ nodes: [{ id: 'person-collega', kind: 'Person', name: 'Joost Bakker', phone: '+31 6 1234 5678' }] });
        await store().upsert(
          { nodes: [{ id: 'net-by-anouk', kind: 'Network', name: 'Kringloopkring' }] },
          { origin: 'IMPORT', actor: 'Anouk Veldkamp (Impact Noord)', reference: 'lijst-anouk-veldkamp.json' },
        );
        // Read as a list first, so a store that keeps what it read must notice the change after.
        const networkList = () => store().findNodesWithRelated({ kinds: ['Network'] }, { first: 10 }, { fields: [] });
        const listedBefore = (await networkList()).page.items.find((node) => node.id === 'net-by-anouk');
        expect(listedBefore?.provenance?.addedBy).toBe('Anouk Veldkamp (Impact Noord)');

        const result = await store().forgetPerson('person-anouk', erasure('audit:1', { reason: 'mail van Anouk Veldkamp, 19 aug' }));

        expect(result.mentionsRedacted).toBe(6);
        const X = ERASED_MENTION;
        await expect(store().getNode('fund-noord')).resolves.toMatchObject({
          name: 'Noordelijk Impactfonds',
          description: `Contact loopt via ${X} (${X}). Anouk van Dijk doet de rest.`,
        });
        await expect(store().getNode('ent-zonnewerf')).resolves.toMatchObject({
          needs: [{ domain: 'FINANCE', description: `Afspraak met ${X}, ${X}` }],
        });
        const membership = await store().findRelationships({ nodeIds: ['ent-werkplaats'], types: ['MEMBER_OF'] }, { first: 10 });
        expect(membership.items.map((rel) => rel.source)).toEqual([`ledenlijst van ${X}`]);
        await expect(store().getIntroduction(introduction.id)).resolves.toMatchObject({
          message: `${X} raadde jullie aan.`,
          reasons: ['Zelfde regio', `Tip van ${X}`],
          version: introduction.version + 1,
        });
        const audit = await store().findAuditEntries({}, { first: 10 });
        expect(audit.items.map((entry) => entry.reason)).toEqual([`op verzoek van ${X}`, `mail van ${X}, 19 aug`]);
        await expect(store().getNode('net-by-anouk')).resolves.toMatchObject({
          provenance: { origin: 'IMPORT', addedBy: `${X} (Impact Noord)`, reference: 'lijst-anouk-veldkamp.json' },
        });
        const listedAfter = (await networkList()).page.items.find((node) => node.id === 'net-by-anouk');
        expect(listedAfter?.provenance?.addedBy).toBe(`${X} (Impact Noord)`);
        // A colleague's own phone field is theirs, even when it is the office line Anouk used too.
        await expect(store().getNode('person-collega')).resolves.toMatchObject({ phone: '+31 6 1234 5678' });
        // Whatever else was there is as it was: the graph keeps its shape.
        await expect(store().getNode('ent-kringloop')).resolves.toMatchObject({ name: 'Kringloop Assen' });
      });

      it('refuses an unknown id or a node that is not a person, and writes nothing', async () => {
        await expect(store().forgetPerson('person-nobody', erasure())).rejects.toThrow(NotFoundError);
        await expect(store().forgetPerson('fund-noord', erasure())).rejects.toThrow(ValidationError);
        await expect(store().forgetPerson('fund-noord', erasure())).rejects.toMatchObject({
          issues: [{ field: 'personId', reason: "must be a person; 'fund-noord' is a Fund" }],
        });
        await expect(store().getNode('fund-noord')).resolves.not.toBeNull();
        expect((await store().findAuditEntries({}, { first: 10 })).totalCount).toBe(0);
      });
    });

    describe('the audit trail', () => {
      it('lists entries oldest first, by subject or actor, a page at a time', async () => {
        const consent = erasure('audit:2', {
          at: '2026-08-21T10:00:00.000Z',
          action: 'SET_VISIBLE_FOR_MATCHMAKING',
          actorAccountId: 'account:werkplaats',
          subject: 'ent-werkplaats',
          reason: 'visible: false',
        });
        await store().appendAuditEntry(consent);
        await store().appendAuditEntry(erasure());
        const first = await store().findAuditEntries({}, { first: 1 });
        expect(first).toMatchObject({ items: [erasure()], hasNextPage: true, totalCount: 2 });
        const next = await store().findAuditEntries({}, { first: 1, after: first.endCursor });
        expect(next.items).toEqual([consent]);
        expect((await store().findAuditEntries({ subject: 'ent-werkplaats' }, { first: 10 })).items).toEqual([consent]);
        expect((await store().findAuditEntries({ actorAccountId: 'account:coordinator' }, { first: 10 })).items).toEqual([erasure()]);
      });

      it('writes an entry an upsert carries in the same transaction, or neither when the upsert is refused', async () => {
        const consent = erasure('audit:consent', { action: 'SET_VISIBLE_FOR_MATCHMAKING', subject: 'ent-werkplaats', reason: 'visibleForMatchmaking: false' });
        const bad = { id: 'ent-werkplaats', kind: 'Entrepreneur', name: 'Werkplaats', municipality: 'Groningn' };
        await expect(store().upsert({ nodes: [bad] }, { origin: 'USER', actor: 'account:coordinator', audit: consent })).rejects.toThrow(ValidationError);
        expect((await store().findAuditEntries({}, { first: 10 })).totalCount).toBe(0);

        const werkplaats = await store().getNode('ent-werkplaats');
        const { provenance: _provenance, province: _province, ...input } = werkplaats as unknown as Record<string, unknown>;
        await store().upsert({ nodes: [{ ...input, visibleForMatchmaking: false }] }, { origin: 'USER', actor: 'account:coordinator', audit: consent });
        expect((await store().getNode('ent-werkplaats'))?.visibleForMatchmaking).toBe(false);
        expect((await store().findAuditEntries({}, { first: 10 })).items).toEqual([consent]);
      });

      it('refuses a second entry with the same id', async () => {
        await store().appendAuditEntry(erasure());
        await expect(store().appendAuditEntry(erasure())).rejects.toThrow(ConflictError);
        expect((await store().findAuditEntries({}, { first: 10 })).totalCount).toBe(1);
      });
    });
  });
}
