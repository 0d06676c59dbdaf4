import type { GraphqlClient } from './graphql-client.js';
import { statementsByIdQuery } from './queries.js';
import type { StatementData } from './types.js';

const PER_REQUEST = 10;

/** Loads full statements by id in parallel batches, keeping the given order. */
export async function fetchStatements(
  client: GraphqlClient,
  ids: string[],
): Promise<StatementData[]> {
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += PER_REQUEST) batches.push(ids.slice(i, i + PER_REQUEST));
  const results = await Promise.all(
    batches.map(async (batch) => {
      const vars = Object.fromEntries(batch.map((id, i) => [`id${i}`, id]));
      const data = await client.request<Record<string, StatementData | null>>(
        statementsByIdQuery(batch.length),
        vars,
      );
      return batch.map((_id, i) => data[`s${i}`] ?? null);
    }),
  );
  return results.flat().filter((s): s is StatementData => s !== null);
}
