import { ERASED_ACTOR, redactStepActors } from './erasure';

describe('taking an erased person out of an introduction’s history', () => {
  const introduction = {
    id: 'intro:1',
    steps: [
      { action: 'REQUESTED', actorId: 'ent:a', at: '2026-01-01T00:00:00.000Z' },
      { action: 'APPROVED', actorId: 'person:anna', at: '2026-01-02T00:00:00.000Z' },
    ],
  };

  it('replaces the person as actor by a marker and keeps every step', () => {
    expect(redactStepActors(introduction, 'person:anna')?.steps).toEqual([
      introduction.steps[0],
      { ...introduction.steps[1], actorId: ERASED_ACTOR },
    ]);
  });

  it('says when there is nothing to redact', () => {
    expect(redactStepActors(introduction, 'person:bert')).toBeNull();
  });
});
