import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { EXPORT_FORMATS, exportGraph } from '../graph/export/export-graph.js';
import { FILTER_KEYS, parseFilterWords } from '../graph/export/parse-export-filter.js';
import type { GraphStore } from '../graph/port.js';

export interface ExportCommandDeps {
  openStore: () => Promise<GraphStore>;
}

interface ExportOptions {
  format: string;
  out?: string;
  filter?: string[];
}

/** `quotegraph export --format graphml|gexf|csv|jsonl|cypher [--filter key=value ...] [--out path]` */
export function registerExportCommand(program: Command, deps: ExportCommandDeps): Command {
  return program
    .command('export')
    .description('export the graph for Gephi, yEd, spreadsheets, scripts or Neo4j')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(EXPORT_FORMATS)
        .makeOptionMandatory(),
    )
    .option('-o, --out <path>', 'output file (a directory for csv); default: stdout, or . for csv')
    .option('--filter <key=value...>', `statement filter, keys: ${FILTER_KEYS.join(', ')}`)
    .action(async (options: ExportOptions) => {
      const filter = parseFilterWords(options.filter ?? []);
      const store = await deps.openStore();
      try {
        const files = await exportGraph(store, options.format, filter);
        if (options.format === 'csv') {
          const dir = options.out ?? '.';
          await mkdir(dir, { recursive: true });
          for (const f of files) await writeFile(join(dir, f.name), f.body);
          process.stderr.write(`wrote ${files.map((f) => join(dir, f.name)).join(', ')}\n`);
        } else if (options.out) {
          await writeFile(options.out, files[0]?.body ?? '');
          process.stderr.write(`wrote ${options.out}\n`);
        } else {
          process.stdout.write(files[0]?.body ?? '');
        }
      } finally {
        await store.close();
      }
    });
}
