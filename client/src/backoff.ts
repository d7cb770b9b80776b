// How long to wait before restarting a server that stopped: at once the first time, then twice as
// long for each further stop within the window, up to a cap. A server that crashes on every start
// is retried for ever, but at most every MAX_DELAY_MS; one that ran for a while starts afresh.

/** Stops further apart than this are not counted together. */
export const WINDOW_MS = 3 * 60_000;
export const FIRST_DELAY_MS = 250;
export const MAX_DELAY_MS = 30_000;

export class Backoff {
  private stops: number[] = [];

  /** Records a stop at `now` and returns how many stops the window holds and how long to wait. */
  stopped(now: number): { stops: number; delayMs: number } {
    this.stops = [...this.stops.filter((t) => now - t < WINDOW_MS), now];
    const n = this.stops.length;
    return { stops: n, delayMs: n <= 1 ? 0 : Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (n - 2)) };
  }

  /** A restart asked for by hand: the count starts again. */
  reset(): void {
    this.stops = [];
  }
}
