import { fadedTieStrength } from './tie-strength';

describe('fadedTieStrength', () => {
  const now = new Date('2026-11-27T00:00:00Z');

  it('keeps a tie confirmed today at full strength', () => {
    expect(fadedTieStrength({ strength: 0.8, lastActiveAt: '2026-11-27' }, now)).toBeCloseTo(0.8);
  });

  it('halves a tie every two years without confirmation', () => {
    expect(fadedTieStrength({ strength: 0.8, lastActiveAt: '2024-11-27' }, now)).toBeCloseTo(0.4, 2);
    expect(fadedTieStrength({ strength: 0.8, lastActiveAt: '2022-11-27' }, now)).toBeCloseTo(0.2, 2);
  });

  it('does not grow a tie dated in the future, and leaves an undated tie as entered', () => {
    expect(fadedTieStrength({ strength: 0.6, lastActiveAt: '2027-06-01' }, now)).toBeCloseTo(0.6);
    expect(fadedTieStrength({ strength: 0.6 }, now)).toBe(0.6);
  });
});
