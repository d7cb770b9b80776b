// The connection to the client, and how much of what the server sent is still being written.
// Steps of background work wait while it is (`waitForOutput`): a pipe takes a few dozen KB at a
// time and the event loop writes more only between stretches of work, so a large answer (the
// outline of a merged file, several MB) would otherwise be written a sliver per stretch, and every
// answer after it, on any document, would wait behind it.
import {
  AbstractMessageWriter,
  createConnection,
  IPCMessageReader,
  ProposedFeatures,
  type Connection,
  type Message,
  type MessageWriter,
} from 'vscode-languageserver/node';

/** What is being written, in a form the steps can wait on: null when nothing is. */
export type Pending = () => Promise<void> | null;

/** Waits a millisecond: the event loop writes meanwhile, idle until the pipe can take more. */
const aMoment = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

/**
 * Node IPC (what VS Code starts the server with): `process.send` with its completion counted.
 * Otherwise as vscode-languageserver's IPCMessageWriter.
 */
class CountingIPCWriter extends AbstractMessageWriter implements MessageWriter {
  unsent = 0;
  private errors = 0;

  constructor() {
    super();
    process.on('error', (e) => this.fireError(e));
  }

  write(msg: Message): Promise<void> {
    if (typeof process.send !== 'function') return Promise.resolve();
    this.unsent++;
    try {
      process.send(msg, undefined, undefined, (error: Error | null) => {
        this.unsent--;
        if (error) this.fireError(error, msg, ++this.errors);
        else this.errors = 0;
      });
    } catch (e) {
      this.unsent--;
      this.fireError(e, msg, ++this.errors);
      return Promise.reject(e);
    }
    return Promise.resolve();
  }

  end(): void {}
}

/** The connection, from the command line as `createConnection` reads it, and what it has yet to write. */
export function connect(argv: readonly string[] = process.argv): { connection: Connection; pending: Pending } {
  if (argv.includes('--node-ipc')) {
    const writer = new CountingIPCWriter();
    const connection = createConnection(ProposedFeatures.all, new IPCMessageReader(process), writer);
    return { connection, pending: () => (writer.unsent > 0 ? aMoment() : null) };
  }
  const connection = createConnection(ProposedFeatures.all);
  if (!argv.includes('--stdio')) return { connection, pending: () => null };
  const out = process.stdout;
  return {
    connection,
    pending: () => {
      if (out.writableLength === 0) return null;
      if (!out.writableNeedDrain) return aMoment();
      return new Promise((resolve) => out.once('drain', resolve));
    },
  };
}
