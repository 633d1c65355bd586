/**
 * In-page instrumentation, installed with page.addInitScript before the app loads: when the first
 * table row and the final summary counts appear, long tasks, animation frames, and the latency of
 * one user input (keydown / pointerdown) until the page shows its effect.
 */

/** What the page must show after the armed input. */
export type Expectation =
  | { kind: 'rowsAtMost'; count: number }
  | { kind: 'rowsMoreThan'; count: number }
  | { kind: 'attribute'; selector: string; name: string; value: string };

export type FrameStats = {
  frames: number;
  durationMs: number;
  dropped: number;
  longestGap: number;
};

export type Probe = {
  /** performance.now() (ms since navigation) of the frame after the first row appeared. */
  firstRow: number;
  /** performance.now() when the summary counts last changed to a sum equal to `expected`. */
  verdicts: number;
  /** performance.now() of the last change of the summary counts. */
  countsChanged: number;
  /** How often the summary counts changed since the last startFrames(). */
  countChanges: number;
  longTasks: number[];
  frameTimes: number[];
  framesOn: boolean;
  /** Resolves with the latency (ms) of the next input, or NaN after 5 s. */
  pending: Promise<number> | undefined;
};

declare global {
  interface Window {
    sccBench?: Probe;
  }
}

/** Installs the probe; `expected` is the node count the summary cards must add up to. */
export const installProbe = (expected: number): void => {
  const probe: Probe = {
    firstRow: -1,
    verdicts: -1,
    countsChanged: -1,
    countChanges: 0,
    longTasks: [],
    frameTimes: [],
    framesOn: false,
    pending: undefined,
  };
  window.sccBench = probe;
  let lastCounts = '';
  const count = (status: string): number => {
    const el = document.querySelector(`[data-test="summary-${status}-count"]`);
    return Number((el?.textContent ?? '').replace(/\D/g, ''));
  };
  const onMutation = () => {
    const now = performance.now();
    if (probe.firstRow < 0 && document.querySelector('[data-test="eligibility-row"]')) {
      probe.firstRow = now;
      requestAnimationFrame(() => {
        probe.firstRow = performance.now();
      });
    }
    if (!document.querySelector('[data-test="eligibility-summary"]')) return;
    const counts = ['eligible', 'not-eligible', 'unknown'].map(count);
    const key = counts.join(',');
    if (key === lastCounts) return;
    lastCounts = key;
    probe.countsChanged = now;
    probe.countChanges += 1;
    const complete = counts.reduce((a, b) => a + b, 0) === expected;
    probe.verdicts = complete ? now : -1;
    if (complete) {
      // Shown: the frame that paints these counts (unless they changed again meanwhile).
      requestAnimationFrame(() => {
        if (lastCounts === key) probe.verdicts = performance.now();
      });
    }
  };
  new MutationObserver(onMutation).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: longTasks stays empty.
  }
};

/** Starts counting animation frames (call inside the page). */
export const startFrames = (): void => {
  const probe = window.sccBench;
  if (!probe) return;
  probe.frameTimes = [];
  probe.longTasks = [];
  probe.countChanges = 0;
  probe.framesOn = true;
  const tick = (t: number) => {
    probe.frameTimes.push(t);
    if (probe.framesOn) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

/** Stops counting; frames missed against a 60 Hz display (gaps of more than one frame). */
export const stopFrames = (): FrameStats => {
  const probe = window.sccBench;
  if (!probe) return { frames: 0, durationMs: 0, dropped: 0, longestGap: 0 };
  probe.framesOn = false;
  const t = probe.frameTimes;
  let dropped = 0;
  let longestGap = 0;
  for (let i = 1; i < t.length; i++) {
    const gap = (t[i] ?? 0) - (t[i - 1] ?? 0);
    longestGap = Math.max(longestGap, gap);
    dropped += Math.max(0, Math.round(gap / (1000 / 60)) - 1);
  }
  const durationMs = t.length > 1 ? (t[t.length - 1] ?? 0) - (t[0] ?? 0) : 0;
  return { frames: t.length, durationMs, dropped, longestGap };
};

/**
 * Arms the probe: the next keydown or pointerdown starts the clock, which stops at the first
 * animation frame after the page meets `expectation`.
 */
export const armInput = (expectation: Expectation): void => {
  const probe = window.sccBench;
  if (!probe) return;
  const met = (): boolean => {
    switch (expectation.kind) {
      case 'rowsAtMost':
      case 'rowsMoreThan': {
        const rows = document.querySelectorAll('[data-test="eligibility-row"]').length;
        return expectation.kind === 'rowsAtMost'
          ? rows <= expectation.count
          : rows > expectation.count;
      }
      case 'attribute':
        return (
          document.querySelector(expectation.selector)?.getAttribute(expectation.name) ===
          expectation.value
        );
    }
  };
  probe.pending = new Promise<number>((resolve) => {
    let t0 = -1;
    let done = false;
    const finish = (value: number) => {
      if (done) return;
      done = true;
      observer.disconnect();
      document.removeEventListener('keydown', start, { capture: true });
      document.removeEventListener('pointerdown', start, { capture: true });
      resolve(value);
    };
    const check = () => {
      if (t0 < 0 || done || !met()) return;
      requestAnimationFrame(() => {
        finish(performance.now() - t0);
      });
    };
    const observer = new MutationObserver(check);
    function start(e: Event) {
      if (t0 >= 0 || done) return;
      t0 = e.timeStamp;
      observer.observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      check();
    }
    document.addEventListener('keydown', start, { capture: true });
    document.addEventListener('pointerdown', start, { capture: true });
    setTimeout(() => {
      finish(Number.NaN);
    }, 5000);
  });
};

/** The latency armed by armInput (awaited inside the page). */
export const inputLatency = async (): Promise<number> => {
  const pending = window.sccBench?.pending;
  return pending ? await pending : Number.NaN;
};
