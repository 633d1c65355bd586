/**
 * Where the kubectl-driven tests find kubectl: `KUBECTL` when set, else the first executable
 * `kubectl` on PATH. A fixed path (e.g. /usr/bin/kubectl) fails on machines that install it
 * elsewhere (Homebrew, ~/.local/bin, a Go toolchain's bin), so the tests look it up the way a
 * shell would, and a missing kubectl fails with how to get it instead of a bare ENOENT.
 */
import { accessSync, constants, statSync } from 'node:fs';
import * as path from 'node:path';

export const KUBECTL_HELP =
  'Install kubectl and put it on PATH, or set KUBECTL=/path/to/kubectl. ' +
  'See "Install and Set Up kubectl on Linux" (kubernetes.io/docs/tasks/tools/install-kubectl-linux/): ' +
  'on Debian or Ubuntu with the Kubernetes apt repository, `apt-get install kubectl`.';

const isExecutableFile = (file: string): boolean => {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The kubectl to run, or an Error saying why there is none and how to get one. */
export const findKubectl = (env: NodeJS.ProcessEnv = process.env): string => {
  const explicit = env.KUBECTL;
  if (explicit !== undefined && explicit !== '') {
    if (isExecutableFile(explicit)) return explicit;
    throw new Error(`KUBECTL=${explicit} is not an executable file. ${KUBECTL_HELP}`);
  }
  const dirs = (env.PATH ?? '').split(path.delimiter).filter((d) => d !== '');
  for (const dir of dirs) {
    const candidate = path.join(dir, 'kubectl');
    if (isExecutableFile(candidate)) return candidate;
  }
  throw new Error(`kubectl was not found on PATH. ${KUBECTL_HELP}`);
};
