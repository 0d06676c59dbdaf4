import { readFileSync } from 'node:fs';

/** The package version, read once; used in --version and Neo4j transaction metadata. */
export const version: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
