import { EventEmitter, on } from 'node:events';
import type { Statement } from '../domain/model.js';

/** In-process fan-out of stored statements to subscriptions (one server process). */
export class StatementEvents {
  private readonly emitter = new EventEmitter();

  constructor() {
    // Each open subscription is a listener; the default cap of 10 would only warn.
    this.emitter.setMaxListeners(0);
  }

  publish(statement: Statement): void {
    this.emitter.emit('added', statement);
  }

  /** Starts listening at once (not on first pull), so nothing published after the call is missed. */
  subscribe(signal: AbortSignal): AsyncIterable<Statement> {
    const events = on(this.emitter, 'added', { signal });
    return {
      async *[Symbol.asyncIterator]() {
        try {
          for await (const [statement] of events) yield statement as Statement;
        } catch (error) {
          if ((error as { name?: string }).name !== 'AbortError') throw error;
        }
      },
    };
  }
}
