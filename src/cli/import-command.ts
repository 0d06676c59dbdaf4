import type { Command } from 'commander';
import type { ArticleGraph } from '../domain/model.js';
import { openNeo4jStore, type Neo4jStore } from '../graph/neo4j/index.js';
import type { GraphStore } from '../graph/port.js';
import { chooseStore, describeStore, openStore } from './open-store.js';
import { fatal } from './output.js';

export interface ImportCommandDeps {
  /** Opens the target store named by --store (or NEO4J_URI, or the data directory). */
  openTarget(flag: string | undefined): Promise<{ store: GraphStore; name: string }>;
  /** Opens the source Neo4j database. */
  openSource(options: SourceOptions): Promise<Neo4jStore>;
  out: NodeJS.WritableStream;
}

export interface SourceOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

interface ImportOptions {
  from: string;
  fromUser?: string;
  fromPassword?: string;
  fromDatabase?: string;
  store?: string;
  batch: number;
}

export const defaultImportDeps: ImportCommandDeps = {
  openTarget: async (flag) => {
    const choice = chooseStore(flag);
    return { store: await openStore(choice), name: describeStore(choice) };
  },
  openSource: (options) => openNeo4jStore(options),
  out: process.stdout,
};

/**
 * `quotegraph import --from bolt://…`: copies an existing Neo4j database laid out as in
 * docs/graph-model.md into the chosen store, article by article through the GraphStore port, so
 * it is idempotent and works for either target adapter.
 */
export function registerImportCommand(
  program: Command,
  deps: ImportCommandDeps = defaultImportDeps,
): void {
  program
    .command('import')
    .description('copy the articles of an existing Neo4j database into the store')
    .requiredOption('--from <uri>', 'source Neo4j address (bolt://, neo4j://, +s variants)')
    .option('--from-user <user>', 'source user name')
    .option('--from-password <password>', 'source password')
    .option('--from-database <name>', 'source database (default: the server default)')
    .option('--store <dir-or-uri>', 'target data directory or neo4j:// URI')
    .option('--batch <n>', 'articles per upsert', (v) => Number.parseInt(v, 10), 50)
    .action(async (options: ImportOptions) => {
      let source: Neo4jStore | undefined;
      let target: GraphStore | undefined;
      try {
        source = await deps.openSource({
          uri: options.from,
          user: options.fromUser,
          password: options.fromPassword,
          database: options.fromDatabase,
        });
        const opened = await deps.openTarget(options.store);
        target = opened.store;
        const totals = await copyArticles(source, target, options.batch);
        deps.out.write(
          `imported ${totals.articles} articles (${totals.changed} changed), ` +
            `${totals.statements} quotations from ${options.from} into ${opened.name}\n`,
        );
      } catch (error) {
        await Promise.allSettled([source?.close(), target?.close()]);
        fatal(error);
      }
      await Promise.all([source?.close(), target?.close()]);
    });
}

const copyArticles = async (source: Neo4jStore, target: GraphStore, batch: number) => {
  const totals = { articles: 0, changed: 0, statements: 0 };
  let pending: ArticleGraph[] = [];
  const flush = async () => {
    for (const result of await target.upsertArticles(pending)) {
      totals.articles++;
      totals.statements += result.statements;
      if (result.changed) totals.changed++;
    }
    pending = [];
  };
  for await (const graph of source.articleGraphs(Math.max(1, batch))) {
    pending.push(graph);
    if (pending.length >= batch) await flush();
  }
  if (pending.length) await flush();
  return totals;
};
