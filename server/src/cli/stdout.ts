// Writing the output when the reader may be gone (`| head` closes the pipe: EPIPE) or the disk
// full (ENOSPC): either ends the run with at most one line on stderr, never a stack trace.

/** Exit status when the output could not be written (as for a file that could not be read). */
const EXIT_OUTPUT_FAILED = 1;

function failed(e: NodeJS.ErrnoException): never {
  // A reader that stopped reading wanted no more: nothing to report, and what was asked is done.
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  try {
    process.stderr.write(`transcript-lens: cannot write the output: ${e.code ?? e.message}\n`);
  } catch {
    // stderr is gone too: the exit status is all that is left to say it
  }
  process.exit(EXIT_OUTPUT_FAILED);
}

// Asynchronous write errors (a pipe) arrive here, synchronous ones (a file) are thrown by write.
process.stdout.on('error', failed);

export function writeOut(text: string): void {
  try {
    process.stdout.write(text);
  } catch (e) {
    failed(e as NodeJS.ErrnoException);
  }
}
