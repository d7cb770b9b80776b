// The client's restart policy: it never gives up, it waits longer between restarts of a server
// that keeps stopping, and starts afresh when the stops are far apart or a restart is asked for.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Backoff, FIRST_DELAY_MS, MAX_DELAY_MS, WINDOW_MS } from '../../client/src/backoff';

describe('restart back-off', () => {
  it('restarts at once, then waits twice as long each time, up to the cap, and never refuses', () => {
    const b = new Backoff();
    const delays = Array.from({ length: 20 }, (_, i) => b.stopped(1_000 + i).delayMs);
    assert.equal(delays[0], 0);
    assert.equal(delays[1], FIRST_DELAY_MS);
    for (let i = 2; i < delays.length; i++) assert.equal(delays[i], Math.min(MAX_DELAY_MS, delays[i - 1] * 2));
    assert.equal(delays[delays.length - 1], MAX_DELAY_MS);
  });

  it('counts only the stops within the window', () => {
    const b = new Backoff();
    b.stopped(0);
    b.stopped(10);
    assert.deepEqual(b.stopped(WINDOW_MS + 5), { stops: 2, delayMs: FIRST_DELAY_MS });
    assert.deepEqual(b.stopped(3 * WINDOW_MS), { stops: 1, delayMs: 0 });
  });

  it('starts again after a restart by hand', () => {
    const b = new Backoff();
    for (let i = 0; i < 5; i++) b.stopped(i);
    b.reset();
    assert.deepEqual(b.stopped(6), { stops: 1, delayMs: 0 });
  });
});
