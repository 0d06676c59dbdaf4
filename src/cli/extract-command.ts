import type { Command } from 'commander';
import { readInputs, readStdin } from './article-input.js';
import { createAnalyzer } from './analyzer.js';
import { quotationLines } from './jsonl.js';
import { reportFailures } from './output.js';

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description(
      'print one JSON line per quotation found in the given articles (files, directories, or - for stdin)',
    )
    .argument('<inputs...>', 'text files, .jsonl/.json article files, directories, or - for stdin')
    .action(async (inputs: string[]) => {
      const analyzer = createAnalyzer();
      const items = await readInputs(inputs, readStdin);
      const failed = [];
      for (const item of items) {
        if ('error' in item) {
          failed.push({
            origin: item.origin,
            code: (item.error as { code?: string }).code ?? 'INTERNAL',
            message: item.error.message,
          });
          continue;
        }
        const lines = quotationLines(analyzer.analyze(item.article));
        process.stdout.write(lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
      }
      reportFailures(failed);
      if (failed.length) process.exitCode = 1;
    });
}
