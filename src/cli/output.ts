import { QuotegraphError } from '../domain/errors.js';
import type { IngestFailure } from './ingest-service.js';

/** Errors go to stderr, one line each, with their code so scripts can grep them. */
export function reportFailures(failures: IngestFailure[]): void {
  for (const f of failures)
    process.stderr.write(`quotegraph: skipped ${f.origin}: [${f.code}] ${f.message}\n`);
}

export function fatal(error: unknown): never {
  const code = error instanceof QuotegraphError ? error.code : 'INTERNAL';
  process.stderr.write(`quotegraph: error [${code}]: ${(error as Error).message}\n`);
  process.exit(2);
}
