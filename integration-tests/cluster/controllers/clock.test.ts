import { Clock, Loop } from './clock';

describe('Clock', () => {
  it('fastForward runs due timers in order, including the ones they schedule, and advances time', () => {
    const c = new Clock(1);
    const log: string[] = [];
    c.after(20_000, () => log.push('b'));
    c.after(10_000, () => {
      log.push('a');
      c.after(5_000, () => log.push('a+5'));
    });
    c.after(90_000, () => log.push('late'));
    const moved = c.fastForward(30_000);
    expect(log).toEqual(['a', 'a+5', 'b']);
    expect(moved).toBeGreaterThanOrEqual(30_000);
    c.fastForward(60_000);
    expect(log).toEqual(['a', 'a+5', 'b', 'late']);
    c.close();
  });

  it('cancelled timers never run', () => {
    const c = new Clock(1);
    const log: string[] = [];
    const cancel = c.after(1_000, () => log.push('x'));
    cancel();
    c.fastForward(5_000);
    expect(log).toEqual([]);
    c.close();
  });

  it('runs timers in wall-clock time scaled by timeScale', async () => {
    const c = new Clock(0.001);
    const ran = new Promise<void>((resolve) => {
      // 20 s of simulated time at 1/1000: about 20 ms.
      c.after(20_000, resolve);
    });
    await expect(ran).resolves.toBeUndefined();
    c.close();
  });
});

describe('Loop', () => {
  it('coalesces triggers into one run and honours the requeue it returns', () => {
    const c = new Clock(1);
    let runs = 0;
    const loop = new Loop(c, () => {
      runs++;
      return runs === 1 ? 60_000 : undefined;
    });
    loop.trigger();
    loop.trigger();
    loop.trigger();
    c.fastForward(1);
    expect(runs).toBe(1);
    c.fastForward(59_000);
    expect(runs).toBe(1);
    c.fastForward(2_000);
    expect(runs).toBe(2);
    c.fastForward(600_000);
    expect(runs).toBe(2);
    loop.close();
    c.close();
  });
});
