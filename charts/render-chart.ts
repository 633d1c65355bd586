/**
 * Renders this repository's Helm chart without the helm binary (none can be installed here),
 * so tests can check the manifests. It implements only the template subset our chart uses:
 * define/include, if/end, .Values/.Release/.Chart lookups, required, toYaml, and the pipe
 * functions quote, nindent, trunc and trimSuffix. Anything else throws, so a template that
 * outgrows it fails loudly rather than rendering wrongly.
 */
import * as fs from 'fs';
import * as path from 'path';
import { dump, load } from 'js-yaml';

type Scope = Record<string, unknown>;
type Token = { text: string } | { action: string };

const tokenize = (src: string): Token[] => {
  const tokens: Token[] = [];
  const re = /{{(-?)\s*([\s\S]*?)\s*(-?)}}/g;
  let last = 0;
  let trimNext = false;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    let text = src.slice(last, m.index);
    if (trimNext) text = text.replace(/^\s+/, '');
    if (m[1] === '-') text = text.replace(/\s+$/, '');
    tokens.push({ text }, { action: m[2] });
    trimNext = m[3] === '-';
    last = re.lastIndex;
  }
  let rest = src.slice(last);
  if (trimNext) rest = rest.replace(/^\s+/, '');
  tokens.push({ text: rest });
  return tokens;
};

const lookup = (scope: Scope, ref: string): unknown =>
  ref
    .split('.')
    .filter(Boolean)
    .reduce<unknown>(
      (obj, key) =>
        typeof obj === 'object' && obj !== null ? (obj as Record<string, unknown>)[key] : undefined,
      scope,
    );

const words = (s: string) => [...s.matchAll(/"[^"]*"|\S+/g)].map((m) => m[0]);
const unquote = (w: string) => (w.startsWith('"') ? w.slice(1, -1) : w);

export const renderChart = (chartDir: string, values: Scope = {}, namespace = 'plugins') => {
  const chart = load(fs.readFileSync(path.join(chartDir, 'Chart.yaml'), 'utf8')) as Scope;
  const defaults = load(fs.readFileSync(path.join(chartDir, 'values.yaml'), 'utf8')) as Scope;
  const merge = (a: Scope, b: Scope): Scope =>
    Object.fromEntries(
      [...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => {
        const [x, y] = [a[k], b[k]];
        const bothObjects = [x, y].every(
          (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
        );
        return [k, bothObjects ? merge(x as Scope, y as Scope) : (y ?? x)];
      }),
    );
  const scope: Scope = {
    Values: merge(defaults, values),
    Release: { Name: 'scc', Namespace: namespace, Service: 'Helm' },
    Chart: { Name: chart.name, Version: chart.version, AppVersion: chart.appVersion },
  };
  const templatesDir = path.join(chartDir, 'templates');
  const files = fs.readdirSync(templatesDir).sort();
  const defines = new Map<string, Token[]>();

  const evalCommand = (cmd: string): unknown => {
    const [head, ...args] = words(cmd);
    if (head.startsWith('.')) return lookup(scope, head);
    if (head === 'include') return run(defines.get(unquote(args[0])) ?? []).trim();
    if (head === 'required') {
      const v = evalCommand(args.slice(1).join(' '));
      if (v === undefined || v === '') throw new Error(unquote(args[0]));
      return v;
    }
    if (head === 'toYaml') return dump(evalCommand(args.join(' '))).trimEnd();
    if (head.startsWith('"')) return unquote(head);
    throw new Error(`renderChart does not support: ${cmd}`);
  };

  const evalPipeline = (action: string): string => {
    const [first, ...fns] = action.split('|').map((s) => s.trim());
    let v = String(evalCommand(first));
    for (const fn of fns) {
      const [name, arg] = words(fn);
      if (name === 'quote') v = JSON.stringify(v);
      else if (name === 'nindent') v = `\n${v.replace(/^/gm, ' '.repeat(Number(arg)))}`;
      else if (name === 'trunc') v = v.slice(0, Number(arg));
      else if (name === 'trimSuffix')
        v = v.endsWith(unquote(arg)) ? v.slice(0, -unquote(arg).length) : v;
      else throw new Error(`renderChart does not support the function ${name}`);
    }
    return v;
  };

  // Runs a token list; `if` blocks nest, `define` blocks are collected.
  const run = (tokens: Token[]): string => {
    let out = '';
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i];
      if ('text' in tok) {
        out += tok.text;
        continue;
      }
      const block = /^(if|define)\s+(.*)$/.exec(tok.action);
      if (!block) {
        if (tok.action.startsWith('/*')) continue;
        out += evalPipeline(tok.action);
        continue;
      }
      let depth = 1;
      let j = i + 1;
      for (; j < tokens.length; j++) {
        const t = tokens[j];
        if ('action' in t && /^(if|define|range|with)\b/.test(t.action)) depth++;
        if ('action' in t && t.action === 'end' && --depth === 0) break;
      }
      const body = tokens.slice(i + 1, j);
      if (block[1] === 'define') defines.set(unquote(block[2]), body);
      else if (evalCommand(block[2])) out += run(body);
      i = j;
    }
    return out;
  };

  for (const f of files.filter((f) => f.endsWith('.tpl'))) {
    run(tokenize(fs.readFileSync(path.join(templatesDir, f), 'utf8')));
  }
  return files
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) =>
      run(tokenize(fs.readFileSync(path.join(templatesDir, f), 'utf8'))).split(/^---$/m),
    )
    .map((doc) => load(doc) as Scope | null | undefined)
    .filter((doc): doc is Scope => doc !== null && doc !== undefined);
};
