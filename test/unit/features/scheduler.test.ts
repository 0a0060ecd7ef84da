// When analyses run: debounce, generations (stale runs) and cancellation, with fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type RunToken, Scheduler } from '../../../src/features/scheduler';

/** A scheduler whose runs are recorded and finish only when the test says so. */
function harness(debounceMs = 300) {
  const runs: { token: RunToken; finish: () => void; fail: (error: Error) => void }[] = [];
  const scheduler = new Scheduler(
    (token) =>
      new Promise<void>((resolve, reject) => {
        runs.push({ token, finish: resolve, fail: reject });
      }),
    debounceMs,
  );
  return { scheduler, runs };
}

/** Whether the promise has settled, after letting pending callbacks run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('Scheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once after a quiet spell, however many requests came in a burst', async () => {
    const { scheduler, runs } = harness();
    for (let i = 0; i < 5; i++) {
      scheduler.schedule();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(299);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.token.stale).toBe(false);
  });

  it('honours an explicit delay (0 for the first run)', async () => {
    const { scheduler, runs } = harness();
    scheduler.schedule(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toHaveLength(1);
  });

  it('makes a running run stale when a newer one is scheduled', async () => {
    const { scheduler, runs } = harness();
    scheduler.schedule(0);
    await vi.advanceTimersByTimeAsync(0);
    scheduler.schedule();
    expect(runs[0]!.token.stale).toBe(true);
    await vi.advanceTimersByTimeAsync(300);
    expect(runs).toHaveLength(2);
    expect(runs[1]!.token.stale).toBe(false);
  });

  it('cancel drops the pending run and makes the running one stale', async () => {
    const { scheduler, runs } = harness();
    scheduler.schedule(0);
    await vi.advanceTimersByTimeAsync(0);
    scheduler.schedule();
    scheduler.cancel();
    expect(runs[0]!.token.stale).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toHaveLength(1);
  });

  it('is idle only when nothing waits and nothing runs', async () => {
    const { scheduler, runs } = harness();
    expect(scheduler.idle).toBe(true);
    await expect(settled(scheduler.whenIdle())).resolves.toBe(true);
    scheduler.schedule();
    const idle = scheduler.whenIdle();
    expect(scheduler.idle).toBe(false);
    await vi.advanceTimersByTimeAsync(300);
    expect(await settled(idle)).toBe(false); // running
    runs[0]!.finish();
    expect(await settled(idle)).toBe(true);
    expect(scheduler.idle).toBe(true);
  });

  it('settles waiters after a failed run too', async () => {
    const { scheduler, runs } = harness();
    scheduler.schedule(0);
    await vi.advanceTimersByTimeAsync(0);
    const idle = scheduler.whenIdle();
    runs[0]!.fail(new Error('worker stopped'));
    expect(await settled(idle)).toBe(true);
  });

  it('a cancel with nothing running releases the waiters at once', async () => {
    const { scheduler } = harness();
    scheduler.schedule();
    const idle = scheduler.whenIdle();
    scheduler.cancel();
    expect(await settled(idle)).toBe(true);
  });

  it('dispose releases the waiters even while a run is finishing', async () => {
    const { scheduler, runs } = harness();
    scheduler.schedule(0);
    await vi.advanceTimersByTimeAsync(0);
    const idle = scheduler.whenIdle();
    scheduler.dispose();
    expect(runs[0]!.token.stale).toBe(true);
    expect(await settled(idle)).toBe(true);
  });
});
