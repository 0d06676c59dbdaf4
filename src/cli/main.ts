#!/usr/bin/env node
import { resolve } from 'node:path';
import { Command } from 'commander';
import type { GraphStore } from '../graph/port.js';
import { registerEntitiesCommand } from './entities-command.js';
import { registerExportCommand } from './export-command.js';
import { registerExtractCommand } from './extract-command.js';
import { registerIngestCommand } from './ingest-command.js';
import { chooseStore, DEFAULT_DATA_DIR, openStore } from './open-store.js';
import { registerServeCommand } from './serve-command.js';
import { registerStatsCommand } from './stats-command.js';
import { version } from './version.js';

const program = new Command()
  .name('quotegraph')
  .description(
    'Who said what, about whom, when and where: a quote-attribution graph for newsrooms.',
  )
  .version(version)
  .showHelpAfterError();

registerExtractCommand(program);
registerIngestCommand(program);
registerServeCommand(program);
registerStatsCommand(program);
const exportCommand: Command = registerExportCommand(program, {
  openStore: (): Promise<GraphStore> =>
    openStore(chooseStore(exportCommand.opts().store), { readOnly: true }),
}).option('--store <dir-or-uri>', 'data directory or neo4j:// URI');
registerEntitiesCommand(program, {
  dataDir: resolve(process.env.QUOTEGRAPH_DATA_DIR ?? DEFAULT_DATA_DIR),
  openStore: () => openStore(chooseStore(undefined)),
});

await program.parseAsync(process.argv);
