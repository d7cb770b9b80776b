// Requests are guarded: a failure is logged and answered with an empty result instead of taking
// the server down, and a cancelled request is answered as cancelled ($/cancelRequest).
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver/node';

export type Handler<P, R> = (params: P, token: CancellationToken) => R | Promise<R>;

export function guard<P, R>(
  connection: Connection,
  name: string,
  fallback: R,
  handler: Handler<P, R>,
): (params: P, token: CancellationToken) => Promise<R | ResponseError<void>> {
  return async (params, token) => {
    try {
      const result = await handler(params, token);
      return token.isCancellationRequested ? cancelled() : result;
    } catch (e) {
      connection.console.error(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return fallback;
    }
  };
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}
