import { ValidationError } from './domain-errors';
import { organisationFitsRole, validateNewAccount } from './account.schema';

describe('validateNewAccount', () => {
  const valid = {
    email: '  Anna@Example.ORG ',
    password: 'correct horse battery',
    role: 'COORDINATOR' as const,
    organisationId: 'network:impact-noord',
  };

  it('accepts a valid account and lower-cases and trims the e-mail', () => {
    expect(validateNewAccount(valid)).toEqual({ ...valid, email: 'anna@example.org' });
  });

  it('refuses a password shorter than 12 characters, naming the field', () => {
    expect(() => validateNewAccount({ ...valid, password: 'short-pw-11' })).toThrow(
      expect.objectContaining({ issues: [{ field: 'password', reason: 'must be at least 12 characters' }] }),
    );
  });

  it('lists every problem at once: e-mail, role and ids', () => {
    let caught: unknown;
    try {
      validateNewAccount({ email: 'not-an-address', password: 'x', role: 'KING' as never, organisationId: 'a b', personId: '' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).issues.map((issue) => issue.field).sort()).toEqual(
      ['email', 'organisationId', 'password', 'personId', 'role'],
    );
  });
});

describe('organisationFitsRole', () => {
  it.each([
    ['ENTREPRENEUR', 'Entrepreneur', true],
    ['ENTREPRENEUR', 'Fund', false],
    ['FUND', 'Fund', true],
    ['PURCHASER', 'Purchaser', true],
    ['PURCHASER', 'Municipality', false],
    ['COORDINATOR', 'Network', true],
    ['COORDINATOR', 'SupportProgramme', true],
    ['COORDINATOR', 'Municipality', true],
    ['COORDINATOR', 'Entrepreneur', false],
    ['ADMIN', 'KnowledgeInstitution', true],
  ] as const)('%s for a %s: %s', (role, kind, fits) => {
    expect(organisationFitsRole(role, kind)).toBe(fits);
  });
});
