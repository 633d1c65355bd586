/**
 * The repository must stand alone: a user or a contributor clones it with nothing beside it.
 * This check fails when a tracked file (documentation aside) refers to a path above the
 * repository root, and when a vendored file no longer matches the sha256 its SOURCES.md records.
 *
 * Run: `npm run check:self-contained` (part of `npm test`).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type OutsideReference = { file: string; line: number; reference: string };

/** Documentation may mention the world outside (it is read, not run); data files are not code. */
const SKIPPED = [
  /\.md$/,
  /^docs\//,
  // This check's own examples of what it reports.
  /^integration-tests\/quality\/self-contained\./,
  /\.(png|jpe?g|gif|ico|woff2?|ttf|br)$/,
  /^package-lock\.json$/,
];

/** A line that names an outside path on purpose (a traversal attempt under test) says so. */
export const IGNORE_MARKER = 'self-contained: not a path of ours';

const RELATIVE_PATH = /(?:^|[^\w.\-/])((?:\.\.\/)+[\w.\-/@*]*)/g;

const isInside = (root: string, target: string): boolean => {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** `path.resolve(REPO_ROOT, '../x')`, `join(rootDir, "../x")`, `resolve(process.cwd(), '../x')`. */
const FROM_ROOT = /(?:root\w*|cwd\(\))\s*,\s*['"`]$/i;

/**
 * The references to paths above `root` in one file's text: a `../x` read relative to the file's
 * folder, or relative to the root when it follows a root-like base in a call
 * (`path.resolve(REPO_ROOT, '../shared/…')`), that leaves the repository.
 */
export const outsideReferences = (root: string, file: string, text: string): OutsideReference[] => {
  const found: OutsideReference[] = [];
  const dir = path.dirname(path.join(root, file));
  text.split('\n').forEach((lineText, index) => {
    if (lineText.includes(IGNORE_MARKER)) return;
    for (const match of lineText.matchAll(RELATIVE_PATH)) {
      const reference = match[1];
      const before = lineText.slice(0, match.index + match[0].length - reference.length);
      const base = FROM_ROOT.test(before) ? root : dir;
      if (!isInside(root, path.resolve(base, reference))) {
        found.push({ file, line: index + 1, reference });
      }
    }
  });
  return found;
};

export const isChecked = (file: string): boolean => !SKIPPED.some((re) => re.test(file));

/** `| \`file\` | … | \`<64 hex>\` |` rows of a SOURCES.md: the file and its recorded sha256. */
export const recordedDigests = (sources: string): Map<string, string> => {
  const digests = new Map<string, string>();
  for (const row of sources.split('\n')) {
    const name = /^\|\s*`([^`]+)`/.exec(row)?.[1];
    const digest = /`([0-9a-f]{64})`/.exec(row)?.[1];
    if (name && digest) digests.set(name, digest);
  }
  return digests;
};

const trackedFiles = (root: string): string[] =>
  execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f !== '');

const main = (): number => {
  const root = path.resolve(__dirname, '../..');
  const problems: string[] = [];
  for (const file of trackedFiles(root).filter(isChecked)) {
    const absolute = path.join(root, file);
    if (!fs.existsSync(absolute)) continue;
    const text = fs.readFileSync(absolute, 'utf8');
    for (const r of outsideReferences(root, file, text)) {
      problems.push(`${r.file}:${r.line}: refers to ${r.reference}, above the repository root`);
    }
  }
  const vendored = path.join(root, 'third_party/crds');
  const digests = recordedDigests(fs.readFileSync(path.join(vendored, 'SOURCES.md'), 'utf8'));
  for (const [name, digest] of digests) {
    const file = path.join(vendored, name);
    const actual = fs.existsSync(file)
      ? createHash('sha256').update(fs.readFileSync(file)).digest('hex')
      : 'missing';
    if (actual !== digest) {
      problems.push(`third_party/crds/${name}: sha256 ${actual}, SOURCES.md records ${digest}`);
    }
  }
  for (const p of problems) process.stderr.write(`${p}\n`);
  process.stdout.write(
    problems.length === 0
      ? `self-contained: no tracked file refers above the root; ${digests.size} vendored files match SOURCES.md\n`
      : `self-contained: ${problems.length} problem(s)\n`,
  );
  return problems.length === 0 ? 0 : 1;
};

if (require.main === module) process.exitCode = main();
