#!/usr/bin/env node
import { Command } from 'commander';
import { registerExtractCommand } from './extract-command.js';
import { registerIngestCommand } from './ingest-command.js';
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

await program.parseAsync(process.argv);
