/**
 * The screenshots published in docs/screenshots/: taken by screenshots*.spec.ts at 1280x800 and
 * 1920x1080 (viewport only, PNG) into test-results/screenshots/docs/, copied by
 * publish-screenshots.ts.
 */
import * as path from 'node:path';
import type { Lng } from './locales';

export const DOC_SHOTS_DIR = path.resolve(__dirname, '../../test-results/screenshots/docs');
export const PUBLISHED_DIR = path.resolve(__dirname, '../../docs/screenshots');
export const LANGUAGES: readonly Lng[] = ['en', 'ja'];

/** Page shots without the language suffix, and what each one shows (for docs/screenshots). */
export const SHOTS = {
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

/** The window sizes: a laptop (the file names without a size) and a full-HD monitor. */
export const SIZES = {
  1280: { width: 1280, height: 800 },
  1920: { width: 1920, height: 1080 },
} as const;
export type ShotSize = keyof typeof SIZES;
export const SHOT_SIZES = Object.keys(SIZES).map(Number) as ShotSize[];

export const shotFile = (name: ShotName, lng: Lng, size: ShotSize = 1280): string =>
  size === 1280 ? `${name}-${lng}.png` : `${name}-${lng}-${String(size)}.png`;

/** Every file the manifest lists: each page in English and Japanese, at each size. */
export const MANIFEST: readonly { file: string; shows: string }[] = (
  Object.keys(SHOTS) as ShotName[]
).flatMap((name) =>
  SHOT_SIZES.flatMap((size) =>
    LANGUAGES.map((lng) => ({
      file: shotFile(name, lng, size),
      shows: `${SHOTS[name]} (${String(SIZES[size].width)}x${String(SIZES[size].height)})`,
    })),
  ),
);
