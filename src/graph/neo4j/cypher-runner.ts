import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { CypherStatements } from './cypher-statements.js';
import { toDomainError } from './driver-errors.js';

export type Row = Record<string, unknown>;

/** Runs named statements from cypher/ in managed transactions tagged with the app's version. */
export class CypherRunner {
  constructor(
    private readonly driver: Driver,
    private readonly statements: CypherStatements,
    private readonly database: string | undefined,
    private readonly metadata: Record<string, string>,
  ) {}

  /** One statement in a managed read transaction. */
  async query(name: string, params: Row = {}): Promise<Row[]> {
    return this.read(name, (tx) => this.run(tx, name, params));
  }

  async read<T>(what: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.inSession('READ', what, (session) =>
      session.executeRead(work, { metadata: this.metadata }),
    );
  }

  /** Managed write: the driver retries transient failures, then we map what is left. */
  async write<T>(what: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.inSession('WRITE', what, (session) =>
      session.executeWrite(work, { metadata: this.metadata }),
    );
  }

  async run(tx: ManagedTransaction, name: string, params: Row = {}): Promise<Row[]> {
    const result = await tx.run(this.statements.get(name), params);
    return result.records.map((record) => record.toObject() as Row);
  }

  private async inSession<T>(
    mode: 'READ' | 'WRITE',
    what: string,
    work: (session: ReturnType<Driver['session']>) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    try {
      return await work(session);
    } catch (error) {
      throw toDomainError(error, what);
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}
