import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findKubectl } from './kubectl';

let dir: string;

const makeFile = (rel: string, mode: number): string => {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '#!/bin/sh\n');
  fs.chmodSync(file, mode);
  return file;
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'find-kubectl-'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('findKubectl', () => {
  it('takes the first executable kubectl on PATH, as a shell would', () => {
    makeFile('a/kubectl', 0o644); // not executable: skipped
    fs.mkdirSync(path.join(dir, 'b/kubectl'), { recursive: true }); // a directory: skipped
    const c = makeFile('c/kubectl', 0o755);
    makeFile('d/kubectl', 0o755);
    const PATH = ['a', 'b', 'c', 'd'].map((d) => path.join(dir, d)).join(path.delimiter);
    expect(findKubectl({ PATH })).toBe(c);
  });

  it('prefers KUBECTL over PATH', () => {
    const onPath = makeFile('bin/kubectl', 0o755);
    const chosen = makeFile('opt/kubectl-1.32', 0o755);
    expect(findKubectl({ PATH: path.dirname(onPath), KUBECTL: chosen })).toBe(chosen);
  });

  it('says how to get kubectl when PATH has none', () => {
    expect(() => findKubectl({ PATH: path.join(dir, 'empty') })).toThrow(
      /kubectl was not found on PATH\. Install kubectl .* or set KUBECTL=/,
    );
    expect(() => findKubectl({})).toThrow(/install-kubectl-linux/);
  });

  it('names a KUBECTL that does not point at an executable file', () => {
    const missing = path.join(dir, 'nope');
    expect(() => findKubectl({ KUBECTL: missing, PATH: '' })).toThrow(
      `KUBECTL=${missing} is not an executable file.`,
    );
  });
});
