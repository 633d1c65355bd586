import { nodeOs } from './os';

describe('nodeOs', () => {
  it.each([
    ['rhcos', 'Red Hat Enterprise Linux 9.4 (Plow)', 'rhcos'],
    ['rhel', 'Red Hat Enterprise Linux CoreOS 417.94', 'rhel'],
    [undefined, 'Red Hat Enterprise Linux CoreOS 417.94.202410090854-0 (Plow)', 'rhcos'],
    [undefined, 'Red Hat Enterprise Linux 8.10 (Ootpa)', 'rhel'],
    ['fedora', 'Fedora CoreOS 40', 'other'],
    [undefined, 'Ubuntu 22.04.4 LTS', 'other'],
    ['rhel', undefined, 'rhel'],
    ['fedora', '  ', 'unreported'],
    [undefined, undefined, 'unreported'],
  ] as const)('os_id %p, osImage %p: %p', (osId, osImage, expected) => {
    // The label wins over the image (first two rows); without it the image decides.
    expect(nodeOs(osId, osImage)).toBe(expected);
  });
});
