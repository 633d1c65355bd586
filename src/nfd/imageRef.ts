/**
 * Container image references, checked against the grammar of github.com/distribution/reference
 * (reference.go: `reference := name [ ":" tag ] [ "@" digest ]`, the name at most 255 characters,
 * lowercase repository paths, digests of a known algorithm). Pure; returns codes, no prose.
 *
 * Written here rather than taken from npm: the ports there are unusable (@swimlane/docker-reference
 * 2.0.1 ships no compiled code; @codefresh-io/docker-reference 0.1.0 follows the 2017 grammar, whose
 * separator accepts empty dashes and which has no IPv6 hosts).
 */

const ALPHA_NUMERIC = '[a-z0-9]+';
const SEPARATOR = '(?:[_.]|__|[-]+)';
const PATH_COMPONENT = `${ALPHA_NUMERIC}(?:${SEPARATOR}${ALPHA_NUMERIC})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6_HOST = '\\[[a-fA-F0-9:]+\\]';
const DOMAIN = `(?:${DOMAIN_NAME}|${IPV6_HOST})(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST_ALGORITHM = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*';
const DIGEST = `${DIGEST_ALGORITHM}:[0-9a-fA-F]{32,}`;

const REFERENCE_RE = new RegExp(
  `^((?:(${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*))(?::(${TAG}))?(?:@(${DIGEST}))?$`,
);

/** distribution/reference NameTotalLengthMax. */
export const IMAGE_NAME_MAX_LENGTH = 255;

/** Lengths of the digests go-digest can verify (sha256, sha384, sha512), lowercase hex. */
const DIGEST_LENGTHS: ReadonlyMap<string, number> = new Map([
  ['sha256', 64],
  ['sha384', 96],
  ['sha512', 128],
]);

export type ImageReference = {
  /** Registry host (and port) when the name starts with one. */
  domain?: string;
  /** Repository path, e.g. `openshift4/ose-node-feature-discovery-rhel9`. */
  path: string;
  tag?: string;
  digest?: string;
};

export type ImageReferenceError =
  'required' | 'whitespace' | 'uppercase' | 'invalid' | 'name-too-long' | 'digest-invalid';

export type ImageReferenceResult =
  { ok: true; reference: ImageReference } | { ok: false; error: ImageReferenceError };

/**
 * A first component names a registry when it has a dot, a port or an uppercase letter, or is
 * `localhost` (distribution/reference normalize.go splitDockerDomain); otherwise it is part of the
 * path (a Docker Hub repository such as `library/busybox`).
 */
const isRegistry = (component: string): boolean =>
  component.includes('.') ||
  component.includes(':') ||
  component === 'localhost' ||
  component.toLowerCase() !== component;

export const parseImageReference = (input: string): ImageReferenceResult => {
  if (input === '') return { ok: false, error: 'required' };
  if (/\s/.test(input)) return { ok: false, error: 'whitespace' };
  const m = REFERENCE_RE.exec(input);
  if (!m) {
    // Repository paths are lowercase-only: say so when that is the only problem.
    return { ok: false, error: REFERENCE_RE.test(input.toLowerCase()) ? 'uppercase' : 'invalid' };
  }
  // Optional groups are undefined when they did not take part in the match.
  const groups: readonly (string | undefined)[] = m;
  const [, name = '', domainPart, pathPart = '', tag, digest] = groups;
  if (name.length > IMAGE_NAME_MAX_LENGTH) return { ok: false, error: 'name-too-long' };
  if (digest !== undefined) {
    const [algorithm, hex] = digest.split(':');
    const length = DIGEST_LENGTHS.get(algorithm);
    if (length === undefined || hex.length !== length || !/^[a-f0-9]+$/.test(hex)) {
      return { ok: false, error: 'digest-invalid' };
    }
  }
  const domain = domainPart !== undefined && isRegistry(domainPart) ? domainPart : undefined;
  const path =
    domain === undefined && domainPart !== undefined ? `${domainPart}/${pathPart}` : pathPart;
  return {
    ok: true,
    reference: {
      ...(domain === undefined ? {} : { domain }),
      path,
      ...(tag === undefined ? {} : { tag }),
      ...(digest === undefined ? {} : { digest }),
    },
  };
};

/**
 * CRI-O on Red Hat Enterprise Linux CoreOS resolves short names only through its registries
 * configuration, so an operand image should name its registry ("Image configuration resources"
 * in the OpenShift documentation): a reference without one is valid but worth a warning.
 */
export const isFullyQualified = (reference: ImageReference): boolean =>
  reference.domain !== undefined;
