/**
 * The screenshots published in docs/screenshots/: taken by screenshots*.spec.ts at 1280x800
 * (viewport only, PNG) into test-results/screenshots/docs/, copied by publish-screenshots.ts.
 */
import * as path from 'node:path';
import type { Lng } from './locales';

export const DOC_SHOTS_DIR = path.resolve(__dirname, '../../test-results/screenshots/docs');
export const PUBLISHED_DIR = path.resolve(__dirname, '../../docs/screenshots');
export const LANGUAGES: readonly Lng[] = ['en', 'ja'];

/** Page shots without the language suffix, and what each one shows (for docs/screenshots). */
export const SHOTS = {
  overview: 'Overview: the setup, the rollout, what Kata pods cost and the next action',
  workloads: 'Workloads in Kata: Kata pods grouped by the workload that owns them',
  'run-in-kata': 'Run in Kata on a Deployment: the impact, before the server dry run and save',
  nodes: 'Node eligibility: every node with its eligibility and the checks behind it',
  'node-tab': 'The Sandboxed containers tab of a Node details page',
  'install-1-prerequisites': 'Install wizard, step 1: prerequisites and permissions',
  'install-2-method': 'Install wizard, step 2: how eligible nodes are found',
  'install-3-nfd': 'Install wizard, step 3: the NodeFeatureDiscovery',
  'install-4-kataconfig': 'Install wizard, step 4: the KataConfig',
  kataconfig: 'KataConfig: details and rollout of an installed KataConfig',
  runtimeclasses: 'RuntimeClasses: the kata RuntimeClass and its pod overhead',
} as const;

export type ShotName = keyof typeof SHOTS;

export const shotFile = (name: ShotName, lng: Lng): string => `${name}-${lng}.png`;

/** Every file the manifest lists: each page in English and Japanese. */
export const MANIFEST: readonly { file: string; shows: string }[] = (
  Object.keys(SHOTS) as ShotName[]
).flatMap((name) => LANGUAGES.map((lng) => ({ file: shotFile(name, lng), shows: SHOTS[name] })));
