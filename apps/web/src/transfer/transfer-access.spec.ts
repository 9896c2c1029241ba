import { mayTransferData } from './transfer-access';

describe('who gets the data panel', () => {
  it.each(['COORDINATOR', 'ADMIN'])('a %s account does', (role) => {
    expect(mayTransferData(role)).toBe(true);
  });

  it.each(['ENTREPRENEUR', 'FUND', 'PURCHASER', '', null, undefined])('a %p account does not', (role) => {
    expect(mayTransferData(role)).toBe(false);
  });
});
