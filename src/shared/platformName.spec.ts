import { platformName } from './platformName';

describe('platformName', () => {
  it('names platforms as Red Hat writes them; unknown ones as given', () => {
    expect(platformName('VSphere')).toBe('VMware vSphere');
    expect(platformName('AWS')).toBe('Amazon Web Services (AWS)');
    expect(platformName('Foo')).toBe('Foo');
    expect(platformName('BareMetal')).toEqual({ generic: 'baremetal' });
    expect(platformName('None')).toEqual({ generic: 'none' });
  });
});
