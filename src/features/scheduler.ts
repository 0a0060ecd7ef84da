// When analyses run. Changes arrive in bursts (typing, a checkout touching many files), so a run
// starts only after a quiet spell; every new request or a cancel bumps a generation, and a run
// whose generation is old is stale: it still finishes, but its result must be dropped. Callers
// can wait until nothing is pending or running. No `vscode` import: the timing rules are
// unit-tested with fake timers.

/** Handed to each run: `stale` turns true once a newer run was scheduled or this one was cancelled. */
export interface RunToken {
  readonly stale: boolean;
}

export class Scheduler {
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly run: (token: RunToken) => Promise<void>,
    private readonly debounceMs: number,
  ) {}

  /** Runs after `delay` ms without another request; makes any earlier run, pending or running, stale. */
  schedule(delay = this.debounceMs): void {
    const generation = ++this.generation;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running++;
      const isStale = (): boolean => generation !== this.generation;
      const token: RunToken = { get stale() { return isStale(); } };
      const done = (): void => {
        this.running--;
        this.settleIfIdle();
      };
      this.run(token).then(done, done);
    }, delay);
  }

  /** Drops the pending run and makes the running one stale; the last results stay with the caller. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.generation++;
    this.settleIfIdle();
  }

  /** Nothing waits for its quiet spell and nothing runs. */
  get idle(): boolean {
    return this.timer === undefined && this.running === 0;
  }

  /** Resolves once idle (for tests and commands that need fresh results). */
  whenIdle(): Promise<void> {
    if (this.idle) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Cancels, and releases every waiter even if a run is still finishing: nobody waits on a disposed store. */
  dispose(): void {
    this.cancel();
    this.idleWaiters.splice(0).forEach((resolve) => resolve());
  }

  private settleIfIdle(): void {
    if (this.idle) this.idleWaiters.splice(0).forEach((resolve) => resolve());
  }
}
