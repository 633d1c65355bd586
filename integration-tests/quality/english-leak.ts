/**
 * Pure text classification behind `expectNoEnglishLeak` (specs/quality.ts): does a string shown
 * in Japanese mode still contain untranslated English?
 *
 * The heuristic, in order:
 * 1. Allowlisted names, identifiers and patterns (GLOBAL_ALLOW plus the caller's) are cut out;
 *    each cut breaks a run. Allowlisted single plain words ("Kata", "Node", "worker") are kept
 *    but *soft*: a run made only of them is fine ("Kata Pod"), next to other words they count.
 * 2. The rest is split into tokens. A token is an English *word* when it is plain letters,
 *    capitalised or lower case ("Not", "eligible", "don't"). Identifiers are not words: anything
 *    with a digit, ".", "/", "=", "_", "-", an inner capital (camelCase, InProgress) or all caps
 *    (acronyms: VM, CPU, YAML). Japanese text, brackets and other punctuation break runs;
 *    spaces, commas and semicolons do not.
 * 3. A leak is a run of >= 2 words, one of >= 3 letters and one not soft ("Not eligible",
 *    "No nodes", "Kata runtime"), or a whole string that is one common English UI word ("Cancel").
 */

export type AllowEntry = string | RegExp;

/**
 * Tokens that legitimately stay in English in the Japanese UI. Case-sensitive, whole tokens (not
 * inside a longer word). YAML is not listed: specs/quality.ts skips code editors and code blocks.
 */
export const GLOBAL_ALLOW: readonly AllowEntry[] = [
  // Product and component names (they stay in English in Red Hat's Japanese docs).
  'OpenShift Sandboxed Containers',
  'Sandboxed Containers', // the nav entry and Node tab label (GLOSSARY.md)
  'Red Hat OpenShift',
  'Red Hat Enterprise Linux CoreOS',
  'Red Hat Enterprise Linux',
  'Red Hat',
  'Node Feature Discovery',
  'Machine Config Daemon', // MCO's component name, kept in Red Hat's Japanese docs
  'Amazon Web Services',
  'Kata Containers',
  'Kata',
  'OpenShift',
  'RHCOS',
  'RHEL',
  'AWS',
  'NFD',
  'QEMU',
  'Fedora',
  'CRI-O',
  'vSphere',
  'VSphere',
  'BareMetal',
  'OperatorHub',
  'Operator',
  'Intel',
  'AMD',
  'virtiofsd',
  'containerd-shim-kata-v2',
  'kata-agent',
  'kubelet',
  // Kinds, and resource names of the scenarios that are plain words (RuntimeClass "kata").
  'KataConfig',
  'RuntimeClass',
  'NodeFeatureDiscovery',
  'Node',
  'Pod',
  'Infrastructure',
  'kata',
  // Node roles, shown verbatim as label values.
  'control-plane',
  'master',
  'worker',
  'infra',
  // Quantities and units.
  'Mi',
  'Gi',
  'Ki',
  'MiB',
  'GiB',
  'KiB',
  'CPU',
  // CRI-O / operator log levels, shown as values.
  'trace',
  'debug',
  'info',
  'warn',
  'warning',
  'error',
  'fatal',
  'panic',
  // Field names of the KataConfig spec and the Pod overhead.
  'checkNodeEligibility',
  'kataConfigPoolSelector',
  'logLevel',
  'enablePeerPods',
  'spec.overhead',
  // Label selector operators.
  'In',
  'NotIn',
  'Exists',
  'DoesNotExist',
  // Condition types, status reasons and values shown verbatim.
  'InProgress',
  'Installing',
  'Uninstalling',
  'Ready',
  'true',
  'false',
  // Messages of the operator's KataConfig conditions, shown verbatim like the console does
  // (the OSC operator's source; the simulator copies them). Better still, the page marks API
  // text lang="en" and specs/quality.ts skips it.
  'Performing initial installation of kata on cluster',
  'Adding and/or removing kata-enabled nodes',
  'Removing kata from cluster',
  /existing pods using "[^"]*" RuntimeClass found\. Please delete the pods manually for KataConfig deletion to proceed/,
  // CLI commands quoted in remediation text.
  /\boc adm (?:cordon|uncordon|drain|label)\b/,
  /\boc (?:get|describe|label|apply|delete) [\w./-]+/,
  /\b(?:dnf|yum) install\b/,
  // Label keys and values, and Kubernetes resource names (worker-0.example.com, kata-remote).
  /[\w.-]+\/[\w.-]+(?:=[\w.-]*)?/,
  /\b[a-z0-9]+(?:[-.][a-z0-9]+)+\b/,
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One global regex per entry; strings match as whole tokens. */
const compile = (entry: AllowEntry): RegExp =>
  typeof entry === 'string'
    ? new RegExp(`(?<![\\w-])${escape(entry)}(?![\\w-])`, 'g')
    : new RegExp(entry.source, entry.flags.includes('g') ? entry.flags : `${entry.flags}g`);

/** Common English UI words that are a leak even alone ("Cancel" as a button text). */
const UI_WORDS = new Set([
  'Actions',
  'Add',
  'Apply',
  'Back',
  'Cancel',
  'Clear',
  'Close',
  'Create',
  'Delete',
  'Details',
  'Edit',
  'Eligible',
  'Eligibility',
  'Filter',
  'Finish',
  'Install',
  'Key',
  'Label',
  'Labels',
  'Loading',
  'Name',
  'Next',
  'No',
  'Nodes',
  'Previous',
  'Progress',
  'Reason',
  'Remove',
  'Retry',
  'Review',
  'Roles',
  'Save',
  'Select',
  'Status',
  'Submit',
  'Uninstall',
  'Unknown',
  'Value',
  'Yes',
]);

/** Placeholder for a cut-out token: breaks runs, is not a word. */
const CUT = '\u0000';

const isWord = (token: string): boolean => /^[A-Za-z][a-z]*(?:['’][a-z]+)?$/.test(token);

const stripPunctuation = (token: string): string => token.replace(/[.:!?…'’]+$/, '');

/** ASCII tokens; whitespace, commas and semicolons (skipped); anything else breaks a run. */
const TOKEN = /[A-Za-z0-9_'’.:/=@!?…-]+|[\s,;]+|[^\sA-Za-z0-9_'’.:/=@!?…,;-]+/g;

const tokens = (text: string): { token: string; breaks: boolean }[] =>
  [...text.matchAll(TOKEN)]
    .map((m) => m[0])
    .filter((raw) => !/^[\s,;]+$/.test(raw))
    .map((raw) => {
      const token = stripPunctuation(raw);
      return { token, breaks: !isWord(token) };
    });

/**
 * Runs of English words in `text` (each as it reads). Allowlist entries that are one plain word
 * ("Kata", "Node", "worker") are *soft*: fine alone or next to each other ("Kata Pod"), but they
 * still count as English next to other words, so "Kata runtime" and "Node eligibility" are
 * leaks. Other entries (names with spaces, identifiers, patterns) are cut out.
 */
export const englishRuns = (text: string, allow: readonly AllowEntry[] = []): string[] => {
  const entries = [...allow, ...GLOBAL_ALLOW];
  const soft = new Set(entries.filter((e): e is string => typeof e === 'string' && isWord(e)));
  // Patterns first, then longer names first, so "OpenShift Sandboxed Containers" wins.
  const cuts = [
    ...entries.filter((e): e is RegExp => typeof e !== 'string'),
    ...entries
      .filter((e): e is string => typeof e === 'string' && !isWord(e))
      .sort((a, b) => b.length - a.length),
  ];
  const rest = cuts.reduce<string>((acc, entry) => acc.replace(compile(entry), ` ${CUT} `), text);
  const runs: string[][] = [];
  let current: string[] = [];
  const flush = () => {
    if (
      current.length >= 2 &&
      current.some((w) => w.length >= 3) &&
      current.some((w) => !soft.has(w))
    )
      runs.push(current);
    current = [];
  };
  for (const { token, breaks } of tokens(rest)) {
    if (breaks) flush();
    else current.push(token);
  }
  flush();
  const single = stripPunctuation(rest.trim());
  if (runs.length === 0 && UI_WORDS.has(single) && !soft.has(single)) return [single];
  return runs.map((r) => r.join(' '));
};

/** True when `text` (shown in Japanese mode) contains untranslated English. */
export const isEnglishLeak = (text: string, allow: readonly AllowEntry[] = []): boolean =>
  englishRuns(text, allow).length > 0;
