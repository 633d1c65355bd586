/**
 * Kubernetes `resource.Quantity` parsing and formatting (pure; no React).
 *
 * Why our own parser and not an npm package (checked 2026-11-27 with `npm view` / `npm pack`):
 * - `kubernetes-resource-parser@0.1.0` (one version, no updates): integers only (`/^([0-9]+)…$/`),
 *   no decimals (`1.5Gi`), no signs, no exponents, no `n`/`u` suffixes, and it silently returns
 *   garbage for invalid input (`parseInt('12abc') === 12`, unknown suffix => NaN).
 * - `k8s-resource-parser@0.2.2` (one version): a nearley grammar; it lacks the `n` and `u`
 *   suffixes, accepts a decimal exponent (`1e1.5`, which the API server rejects), throws instead of
 *   returning a value for invalid input, and pulls in `nearley` (not installed; its own README
 *   warns against running it on user input).
 * The grammar is small, so a hand-written scanner is simpler and covers all of it.
 *
 * Grammar (k8s.io/apimachinery/pkg/api/resource/quantity.go):
 *   <quantity>        ::= <signedNumber><suffix>
 *   <signedNumber>    ::= [+-] <number>
 *   <number>          ::= <digits> | <digits>.<digits> | <digits>. | .<digits>
 *   <suffix>          ::= <binarySI> | <decimalExponent> | <decimalSI>
 *   <binarySI>        ::= Ki | Mi | Gi | Ti | Pi | Ei
 *   <decimalSI>       ::= n | u | m | "" | k | M | G | T | P | E
 *   <decimalExponent> ::= e [+-] <digits> | E [+-] <digits>
 * Like the API server's JSON decoding (`strings.TrimSpace` in UnmarshalJSON), surrounding
 * whitespace is ignored; whitespace inside the quantity is invalid.
 */

const BINARY_SUFFIXES = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 } as const;
const DECIMAL_SUFFIXES = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

const QUANTITY_RE = /^([+-]?)(\d+\.?\d*|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|[eE][+-]?\d+|[numkMGTPE]?)$/;

/** Suffix -> multiplier or exponent, as maps: the parser looks one up for every node it reads. */
const BINARY_MULTIPLIERS: ReadonlyMap<string, number> = new Map(
  Object.entries(BINARY_SUFFIXES).map(([suffix, power]) => [suffix, 1024 ** power]),
);
const DECIMAL_EXPONENTS: ReadonlyMap<string, number> = new Map(Object.entries(DECIMAL_SUFFIXES));

/**
 * The shape nodes report (`status.allocatable.memory`, e.g. "257678420Ki"): unsigned digits and
 * a binary suffix, read without the regular expression. The page reads one per node: at 5,000
 * nodes the regex match and its substrings were a fifth of the engine's time (npm run bench).
 * Anything else (signs, decimals, exponents, whitespace) is left to the full grammar below.
 */
const plainBinary = (s: string): number | undefined => {
  const n = s.length - 2;
  if (n < 1 || n > 15 || s.charCodeAt(n + 1) !== 105 /* i */) return undefined;
  const multiplier = BINARY_MULTIPLIERS.get(s.slice(n));
  if (multiplier === undefined) return undefined;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    value = value * 10 + d;
  }
  return value * multiplier;
};

/**
 * Parses a Kubernetes quantity into its value in base units (bytes for memory, cores for CPU).
 * Returns undefined for anything that is not a valid quantity (or does not fit a finite number).
 */
export const parseQuantity = (s: unknown): number | undefined => {
  if (typeof s === 'number') return Number.isFinite(s) ? s : undefined;
  if (typeof s !== 'string') return undefined;
  const plain = plainBinary(s);
  if (plain !== undefined) return plain;
  const match = QUANTITY_RE.exec(s.trim());
  if (!match) return undefined;
  const [, sign, digits, suffix] = match;
  const binary = BINARY_MULTIPLIERS.get(suffix);
  let value: number;
  if (binary !== undefined) {
    // Scaling by a power of two is exact.
    value = (sign === '-' ? -1 : 1) * Number(digits) * binary;
  } else {
    const exponent = DECIMAL_EXPONENTS.get(suffix) ?? Number(suffix.slice(1));
    // Let Number() apply the decimal exponent so the result is correctly rounded (0.1, not
    // 0.1 * 1 computed as 100 * 0.001 = 0.10000000000000001).
    value = Number(`${sign}${digits}e${String(exponent)}`);
  }
  if (!Number.isFinite(value)) return undefined;
  return Object.is(value, -0) ? 0 : value;
};

/** The suffix of a valid quantity ("Mi", "m", "e3", "" for none); undefined when invalid. */
export const quantitySuffix = (s: string): string | undefined => QUANTITY_RE.exec(s.trim())?.[3];

const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'] as const;

/** Bytes in binary units with the locale's number format, e.g. "2 GiB", "350 MiB", "1.5 GiB". */
export const formatBytes = (bytes: number, locale: string): string => {
  if (!Number.isFinite(bytes)) return String(bytes);
  let unit = 0;
  let value = Math.abs(bytes);
  while (value >= 1024 && unit < BINARY_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(
    bytes < 0 ? -value : value,
  );
  return `${number} ${BINARY_UNITS[unit]}`;
};

/** CPU in Kubernetes style: millicores below one core ("250m"), otherwise cores ("1.5"). */
export const formatCores = (cores: number, locale: string): string => {
  if (!Number.isFinite(cores)) return String(cores);
  if (cores !== 0 && Math.abs(cores) < 1) {
    const milli = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(cores * 1000);
    return `${milli}m`;
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(cores);
};

/**
 * A memory quantity string for writing back to the API: the largest binary suffix that divides
 * the value exactly (367001600 -> "350Mi"), else a decimal one (500000000 -> "500M"), else bytes.
 * Fractional bytes are rounded up (the API server rounds quantities up too).
 */
export const toQuantityString = (bytes: number): string => {
  const whole = Math.ceil(bytes);
  if (whole === 0) return '0';
  const binary = (['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki'] as const).find(
    (s) => whole % 1024 ** BINARY_SUFFIXES[s] === 0,
  );
  if (binary) return `${String(whole / 1024 ** BINARY_SUFFIXES[binary])}${binary}`;
  const decimal = (['E', 'P', 'T', 'G', 'M', 'k'] as const).find(
    (s) => whole % 10 ** DECIMAL_SUFFIXES[s] === 0,
  );
  if (decimal) return `${String(whole / 10 ** DECIMAL_SUFFIXES[decimal])}${decimal}`;
  return String(whole);
};

/**
 * A CPU quantity string for writing back: whole cores as an integer ("2"), otherwise millicores
 * rounded up ("250m"); the API server does not keep precision below 1m for CPU.
 */
export const toCpuQuantityString = (cores: number): string => {
  const milli = Math.ceil(Math.round(cores * 1e6) / 1e3);
  if (milli % 1000 === 0) return String(milli / 1000);
  return `${String(milli)}m`;
};
