import { ConflictError, ValidationError } from './domain-errors';
import {
  blocksNewIntroduction,
  recordIntroductionOutcome,
  respondToIntroduction,
  reviewIntroduction,
  startIntroduction,
} from './introduction-workflow';

const at = (day: string) => new Date(`${day}T10:00:00.000Z`);
const request = { requesterId: 'ent:a', targetId: 'fund:b', message: 'Wij zoeken een lening van 50k' };

describe('the double opt-in of an introduction', () => {
  it('goes straight to the target when no review is asked', () => {
    const introduction = startIntroduction(request, 'intro:1', at('2026-01-05'));
    expect(introduction.status).toBe('AWAITING_RESPONSE');
    expect(introduction.steps).toEqual([{ action: 'REQUESTED', actorId: 'ent:a', at: '2026-01-05T10:00:00.000Z' }]);
  });

  it('waits for a coordinator when review is asked, who can hold, edit and so send it', () => {
    const asked = startIntroduction({ ...request, review: true }, 'intro:1', at('2026-01-05'));
    expect(asked.status).toBe('AWAITING_REVIEW');
    const held = reviewIntroduction(asked, 'HOLD', 'person:coordinator', at('2026-01-06'), 'eerst pitch aanscherpen');
    expect(held.status).toBe('ON_HOLD');
    const edited = reviewIntroduction(held, 'EDIT', 'person:coordinator', at('2026-01-07'), 'Nieuwe tekst');
    expect(edited).toMatchObject({ status: 'AWAITING_RESPONSE', message: 'Nieuwe tekst' });
    expect(edited.steps.map((step) => step.action)).toEqual(['REQUESTED', 'HELD', 'EDITED']);
  });

  it('is introduced when the target accepts, and then either side records the outcome', () => {
    const sent = startIntroduction(request, 'intro:1', at('2026-01-05'));
    const accepted = respondToIntroduction(sent, true, 'fund:b', at('2026-01-10'));
    expect(accepted.status).toBe('INTRODUCED');
    const done = recordIntroductionOutcome(accepted, { kind: 'FUNDING', on: '2026-03-01' }, 'ent:a', at('2026-03-02'));
    expect(done.outcome).toEqual({ kind: 'FUNDING', on: '2026-03-01' });
    expect(done.steps.at(-1)).toMatchObject({ action: 'OUTCOME_RECORDED', actorId: 'ent:a' });
  });

  it('refuses a request to oneself, naming the field', () => {
    expect(() => startIntroduction({ ...request, targetId: 'ent:a' }, 'intro:1', at('2026-01-05'))).toThrow(
      /targetId: must not be the requester/,
    );
  });

  it('refuses an empty message, naming the field', () => {
    expect(() => startIntroduction({ ...request, message: '  ' }, 'intro:1', at('2026-01-05'))).toThrow(ValidationError);
    expect(() => startIntroduction({ ...request, message: '  ' }, 'intro:1', at('2026-01-05'))).toThrow(/message: must not be empty/);
  });

  it('lets only the target answer', () => {
    const sent = startIntroduction(request, 'intro:1', at('2026-01-05'));
    expect(() => respondToIntroduction(sent, true, 'ent:a', at('2026-01-06'))).toThrow(/responderId: only the target/);
  });

  it('refuses a step out of order as a conflict', () => {
    const sent = startIntroduction(request, 'intro:1', at('2026-01-05'));
    const declined = respondToIntroduction(sent, false, 'fund:b', at('2026-01-06'));
    expect(() => respondToIntroduction(declined, true, 'fund:b', at('2026-01-07'))).toThrow(ConflictError);
    expect(() => recordIntroductionOutcome(declined, { kind: 'MET', on: '2026-01-08' }, 'ent:a', at('2026-01-08'))).toThrow(
      /is DECLINED and cannot be given an outcome/,
    );
    expect(() => reviewIntroduction(sent, 'APPROVE', 'person:c', at('2026-01-06'))).toThrow(ConflictError);
  });

  it('refuses an outcome of an unknown kind or dated before the request', () => {
    const accepted = respondToIntroduction(startIntroduction(request, 'intro:1', at('2026-01-05')), true, 'fund:b', at('2026-01-06'));
    expect(() =>
      recordIntroductionOutcome(accepted, { kind: 'WEDDING' as never, on: '2026-02-01' }, 'ent:a', at('2026-02-01')),
    ).toThrow(/outcome.kind: must be MET, FUNDING/);
    expect(() => recordIntroductionOutcome(accepted, { kind: 'MET', on: '2025-12-01' }, 'ent:a', at('2026-02-01'))).toThrow(
      /outcome.on: must not be before/,
    );
  });

  it('blocks a new introduction of the pair while one is open or made, and for a cool-down after a decline', () => {
    const sent = startIntroduction(request, 'intro:1', at('2026-01-05'));
    expect(blocksNewIntroduction(sent, at('2027-01-01'))).toBe(true);
    const declined = respondToIntroduction(sent, false, 'fund:b', at('2026-01-06'));
    expect(blocksNewIntroduction(declined, at('2026-03-01'))).toBe(true);
    expect(blocksNewIntroduction(declined, at('2026-08-01'))).toBe(false);
  });
});
