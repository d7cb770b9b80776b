// Timing helpers for the benchmark: medians after warm-up, nearest-rank percentiles, heap deltas.

export function now(): number {
  return performance.now();
}

/** Nearest-rank percentile (p in 0..100) of samples; NaN when there are none. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** A single run slower than this is its own figure: no warm-up or repetitions (quadratic code). */
const SLOW_MS = 5_000;

/** Median wall time in ms of `reps` runs of `fn`, after `warmup` runs that are not counted. */
export function medianMs(fn: () => unknown, reps: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) {
    const t = now();
    fn();
    if (now() - t > SLOW_MS) return now() - t;
  }
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = now();
    fn();
    times.push(now() - t);
  }
  return percentile(times, 50);
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Heap (MB) held by one result of `make`, after collections; NaN without --expose-gc. Small
 * results are made `copies` times and the total divided, so the figure rises above the noise.
 */
export function retainedHeapMB(make: () => unknown, copies = 1): number {
  if (!gc) return NaN;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: unknown[] = [];
  for (let i = 0; i < copies; i++) kept.push(make());
  gc();
  const after = process.memoryUsage().heapUsed;
  return kept.length ? (after - before) / 1048576 / copies : NaN;
}

/** Rounds for display: 3 significant figures below 100, integers above. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  if (Math.abs(x) >= 100) return String(Math.round(x));
  return x.toPrecision(3).replace(/\.?0+$/, '') || '0';
}
