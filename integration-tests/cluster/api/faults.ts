/** Fault injection: rules matched per request (status, latency, dropped or expired watches). */
import { statusBody } from '../types';
import type { StatusBody } from '../types';

export type FaultRule = {
  method?: string;
  path: string;
  status?: number;
  latencyMs?: number;
  dropWatchAfterMs?: number;
  gone?: boolean;
  times?: number;
};

export type ActiveFaults = {
  status?: number;
  latencyMs: number;
  dropWatchAfterMs?: number;
  gone: boolean;
};

type ArmedRule = { rule: FaultRule; re: RegExp; left: number };

const REASONS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  410: 'Expired',
  422: 'Invalid',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

export class Faults {
  private rules: ArmedRule[] = [];

  set(rules: FaultRule[]): void {
    this.rules = rules.map((rule) => ({
      rule,
      re: new RegExp(rule.path),
      left: rule.times ?? Infinity,
    }));
  }

  clear(): void {
    this.rules = [];
  }

  /** The rules with how many matches each has left. */
  describe(): (FaultRule & { remaining: number })[] {
    return this.rules.map(({ rule, left }) => ({ ...rule, remaining: left }));
  }

  /** Combines the rules matching a request (and uses up one of their `times`). */
  match(method: string, urlPath: string): ActiveFaults {
    const out: ActiveFaults = { latencyMs: 0, gone: false };
    for (const armed of this.rules) {
      const f = armed.rule;
      if (armed.left <= 0) continue;
      if (f.method && f.method.toUpperCase() !== method) continue;
      if (!armed.re.test(urlPath)) continue;
      armed.left--;
      if (f.status !== undefined && out.status === undefined) out.status = f.status;
      out.latencyMs += f.latencyMs ?? 0;
      if (f.dropWatchAfterMs !== undefined) out.dropWatchAfterMs = f.dropWatchAfterMs;
      if (f.gone) out.gone = true;
    }
    return out;
  }
}

export const faultStatus = (code: number, method: string, urlPath: string): StatusBody =>
  statusBody(
    code,
    REASONS[code] ?? 'Unknown',
    `simulated fault: ${String(code)} for ${method} ${urlPath}`,
  );
