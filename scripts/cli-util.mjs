// Shared shell for the scripts: readable one-line errors for setup problems, a timer per stage.
import { SetupError } from './code-server.mjs';

export async function runMain(main) {
  try {
    await main();
  } catch (e) {
    if (e instanceof SetupError) {
      console.error(`\n${e.message}`);
      process.exit(2);
    }
    throw e;
  }
}

export async function stage(name, fn) {
  const t0 = Date.now();
  const result = await fn();
  console.log(`[${name}] ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return result;
}
