// Work in steps: a generator that yields between pieces of work, so that the server can answer
// requests between them (service/documents.ts runs them a few milliseconds at a time). The CLI and
// tests, which have nothing to answer meanwhile, run them to the end at once.

/** Runs `steps` to its end and returns what it gives. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
