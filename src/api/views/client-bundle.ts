import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles the client (sigma, graphology, graphql-ws and the elements) with esbuild once per
 * process, from the .ts sources under tsx/jest or the compiled .js under dist/, so a fresh clone
 * needs no separate build step.
 */
let bundle: Promise<string> | null = null;

export function clientEntry(): string {
  for (const ext of ['ts', 'js']) {
    const file = fileURLToPath(new URL(`./client/index.${ext}`, import.meta.url));
    if (existsSync(file)) return file;
  }
  throw new Error('quotegraph views: client sources not found next to the views router');
}

export function clientBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [clientEntry()],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  bundle.catch(() => (bundle = null));
  return bundle;
}
