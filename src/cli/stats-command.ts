import type { Command } from 'commander';
import { chooseStore, describeStore, openStore } from './open-store.js';
import { fatal } from './output.js';

export function registerStatsCommand(program: Command): void {
  program
    .command('stats')
    .description('print how many articles, quotations and entities the store holds')
    .option('--store <dir-or-uri>', 'data directory or neo4j:// URI')
    .option('--json', 'print JSON instead of text')
    .action(async (options: { store?: string; json?: boolean }) => {
      const choice = chooseStore(options.store);
      try {
        const store = await openStore(choice, { readOnly: true });
        const counts = await store.counts();
        await store.close();
        process.stdout.write(
          options.json
            ? `${JSON.stringify({ store: describeStore(choice), ...counts })}\n`
            : `store ${describeStore(choice)}: ${counts.articles} articles, ${counts.statements} quotations, ${counts.entities} entities\n`,
        );
      } catch (error) {
        fatal(error);
      }
    });
}
