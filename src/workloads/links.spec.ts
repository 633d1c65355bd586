import { gvkOfRef } from './links';

describe('gvkOfRef', () => {
  it('splits apps/v1 and leaves the core group out', () => {
    expect(gvkOfRef('apps/v1', 'Deployment')).toEqual({
      group: 'apps',
      version: 'v1',
      kind: 'Deployment',
    });
    expect(gvkOfRef('v1', 'Pod')).toEqual({ version: 'v1', kind: 'Pod' });
  });
});
