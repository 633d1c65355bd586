import { IGNORE_MARKER, isChecked, outsideReferences, recordedDigests } from './self-contained';

const ROOT = '/clone/project';

describe('outsideReferences', () => {
  it.each([
    [
      'a file beside the clone, from a nested file',
      'src/models/a.spec.ts',
      "'../../../shared/reference/crds'",
    ],
    [
      'a folder beside the clone, from the root',
      'integration-tests/server/server.ts',
      "path.resolve(REPO_ROOT, '../shared/reference/crds')",
    ],
    ['a parent of the clone in a shell script', '.ci/run', 'cd ../../other && npm test'],
  ])('reports %s', (_what, file, text) => {
    expect(outsideReferences(ROOT, file, text)).toHaveLength(1);
  });

  it.each([
    [
      'an import of a sibling folder',
      'src/eligibility/Page.tsx',
      "import { t } from '../shared/i18n';",
    ],
    [
      'a vendored file inside the clone',
      'src/models/a.spec.ts',
      "path.resolve(__dirname, '../../third_party/crds/x.yaml')",
    ],
    [
      'a line that says it names a traversal under test',
      'a/b/c.test.ts',
      `['../secret'], // ${IGNORE_MARKER}`,
    ],
  ])('accepts %s', (_what, file, text) => {
    expect(outsideReferences(ROOT, file, text)).toEqual([]);
  });

  it('gives the file, the line and the reference', () => {
    const text = "line one\nconst dir = path.resolve(ROOT, '../shared/reference');";
    expect(outsideReferences(ROOT, 'integration-tests/x.ts', text)).toEqual([
      { file: 'integration-tests/x.ts', line: 2, reference: '../shared/reference' },
    ]);
  });
});

describe('isChecked', () => {
  it.each([
    ['src/a.ts', true],
    ['.ci/run', true],
    ['README.md', false],
    ['integration-tests/quality/self-contained.test.ts', false],
    ['docs/screenshots/a.png', false],
    ['package-lock.json', false],
  ])('%s → %s', (file, checked) => {
    expect(isChecked(file)).toBe(checked);
  });
});

describe('recordedDigests', () => {
  it('reads the file name and sha256 of each table row', () => {
    const digest = 'a'.repeat(64);
    const sources = `| File | sha256 |\n|---|---|\n| \`x.yaml\` | repo | \`${digest}\` |\nprose \`y\``;
    expect([...recordedDigests(sources)]).toEqual([['x.yaml', digest]]);
  });
});
