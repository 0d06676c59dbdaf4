import type { Command } from 'commander';
import { createApiServer } from '../api/server.js';
import { createAnalyzer } from './analyzer.js';
import { apiDeps } from './api-wiring.js';
import { ingestPaths } from './ingest-command.js';
import { chooseStore, describeStore, openStore } from './open-store.js';
import { fatal } from './output.js';

interface ServeOptions {
  port: number;
  host: string;
  store?: string;
  ingest?: string[];
  readsRequireKey?: boolean;
  cors?: string;
}

const keysFromEnv = (): string[] =>
  (process.env.QUOTEGRAPH_API_KEYS ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API, the playground and the embeddable views')
    .option('--port <n>', 'port', (v) => Number.parseInt(v, 10), Number(process.env.PORT ?? 4000))
    .option('--host <host>', 'interface to listen on', process.env.HOST ?? '127.0.0.1')
    .option('--store <dir-or-uri>', 'data directory or neo4j:// URI')
    .option('--ingest <paths...>', 'ingest these articles before serving (re-ingest is a no-op)')
    .option('--reads-require-key', 'require an API key for reads too (keys: $QUOTEGRAPH_API_KEYS)')
    .option('--cors <origins>', "comma-separated origins allowed by CORS, or '*'")
    .action(async (options: ServeOptions) => {
      const choice = chooseStore(options.store);
      try {
        const store = await openStore(choice);
        if (options.ingest?.length) {
          const { summary } = await ingestPaths(store, choice, options.ingest);
          process.stdout.write(`${summary}\n`);
        }
        const analyzer = createAnalyzer();
        const cors = options.cors === '*' ? '*' : options.cors?.split(',').map((o) => o.trim());
        const server = await createApiServer(apiDeps(store, analyzer), {
          apiKeys: keysFromEnv(),
          readsRequireKey: options.readsRequireKey ?? false,
          corsOrigins: cors,
          logLevel: process.env.LOG_LEVEL ?? 'warn',
        });
        const url = await server.listen(options.port, options.host);
        const counts = await store.counts();
        process.stdout.write(
          `quotegraph: GraphQL at ${url}/graphql, playground at ${url}/playground\n` +
            `quotegraph: serving ${counts.articles} articles, ${counts.statements} quotations, ` +
            `${counts.entities} entities from ${describeStore(choice)}\n`,
        );
        const stop = async () => {
          await server.close();
          await store.close();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      } catch (error) {
        fatal(error);
      }
    });
}
