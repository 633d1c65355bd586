/**
 * Simulated time for the controllers. Durations are given as they take on a real cluster
 * (milliseconds); the clock runs them `timeScale` times faster or slower in wall-clock time, and
 * `fastForward` runs everything due up to a limit at once (scenarios that start "already
 * installed", and unit tests that step through minutes of rollout without waiting).
 */
type Timer = { due: number; seq: number; fn: () => void; cancelled: boolean };

export class Clock {
  private queue: Timer[] = [];
  private seq = 0;
  private skipped = 0;
  private readonly realStart = Date.now();
  private handle: NodeJS.Timeout | undefined;
  private handleDue = Infinity;
  private closed = false;
  private running = false;

  /** `timeScale` 0.01 runs a 10-minute reboot in 6 s. */
  constructor(readonly timeScale: number) {}

  /** Simulated milliseconds since the clock started. */
  now(): number {
    const scale = this.timeScale > 0 ? this.timeScale : 1e-6;
    return (Date.now() - this.realStart) / scale + this.skipped;
  }

  /** Runs `fn` after `ms` simulated milliseconds; returns a function that cancels it. */
  after(ms: number, fn: () => void): () => void {
    const t: Timer = { due: this.now() + Math.max(0, ms), seq: this.seq++, fn, cancelled: false };
    this.queue.push(t);
    this.queue.sort((a, b) => a.due - b.due || a.seq - b.seq);
    this.arm();
    return () => {
      t.cancelled = true;
    };
  }

  /**
   * Moves simulated time `limitMs` ahead at once, running every timer due meanwhile in order
   * (including the ones they schedule). Returns the simulated time advanced.
   */
  fastForward(limitMs: number): number {
    const start = this.now();
    const end = start + limitMs;
    this.running = true;
    try {
      for (;;) {
        const t = this.queue[0] as Timer | undefined;
        if (!t || t.due > end) break;
        this.queue.shift();
        if (t.cancelled) continue;
        const lag = t.due - this.now();
        if (lag > 0) this.skipped += lag;
        t.fn();
      }
      const rest = end - this.now();
      if (rest > 0) this.skipped += rest;
    } finally {
      this.running = false;
    }
    this.arm();
    return this.now() - start;
  }

  /** Whether a live (not cancelled) timer is due within `ms`. */
  pendingWithin(ms: number): boolean {
    const end = this.now() + ms;
    return this.queue.some((t) => !t.cancelled && t.due <= end);
  }

  close(): void {
    this.closed = true;
    this.queue = [];
    if (this.handle) clearTimeout(this.handle);
  }

  private arm(): void {
    if (this.closed || this.running) return;
    while (this.queue.length > 0 && this.queue[0].cancelled) this.queue.shift();
    const first = this.queue[0] as Timer | undefined;
    if (!first) return;
    if (this.handle && this.handleDue <= first.due) return;
    if (this.handle) clearTimeout(this.handle);
    this.handleDue = first.due;
    const delay = Math.max(0, (first.due - this.now()) * this.timeScale);
    this.handle = setTimeout(() => {
      this.handle = undefined;
      this.handleDue = Infinity;
      this.runDue();
    }, delay);
  }

  private runDue(): void {
    if (this.closed) return;
    this.running = true;
    try {
      const now = this.now();
      while (this.queue.length > 0 && this.queue[0].due <= now) {
        const t = this.queue.shift();
        if (t && !t.cancelled) t.fn();
      }
    } finally {
      this.running = false;
    }
    this.arm();
  }
}

/**
 * A reconcile loop: `trigger()` coalesces requests into one run; the run may ask to be
 * requeued after some simulated milliseconds (controller-runtime's RequeueAfter).
 */
export class Loop {
  private cancel: (() => void) | undefined;
  private due = Infinity;

  constructor(
    private readonly clock: Clock,
    private readonly run: () => number | undefined,
  ) {}

  trigger(afterMs = 0): void {
    const due = this.clock.now() + afterMs;
    if (this.cancel && this.due <= due) return;
    this.cancel?.();
    this.due = due;
    this.cancel = this.clock.after(afterMs, () => {
      this.cancel = undefined;
      this.due = Infinity;
      const requeue = this.run();
      if (typeof requeue === 'number') this.trigger(requeue);
    });
  }

  close(): void {
    this.cancel?.();
    this.cancel = undefined;
  }
}
