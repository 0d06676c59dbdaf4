import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `cypher/` sits at the package root; src/graph/neo4j and dist/graph/neo4j are both three levels down. */
export const CYPHER_DIR = fileURLToPath(new URL('../../../cypher/', import.meta.url));

/** Every `.cypher` file under `dir`, keyed by its path without extension ("read/counts"). */
export const loadCypherFiles = (dir: string = CYPHER_DIR): Map<string, string> => {
  const statements = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.cypher')) {
        const key = relative(dir, path)
          .split(sep)
          .join('/')
          .replace(/\.cypher$/, '');
        statements.set(key, readFileSync(path, 'utf8').trim());
      }
    }
  };
  walk(dir);
  return statements;
};

/** The statements the adapter runs, read once at startup; a missing name is a packaging bug. */
export class CypherStatements {
  private constructor(private readonly byName: Map<string, string>) {}

  static load(dir: string = CYPHER_DIR): CypherStatements {
    return new CypherStatements(loadCypherFiles(dir));
  }

  get(name: string): string {
    const text = this.byName.get(name);
    if (text === undefined) throw new Error(`cypher/${name}.cypher is missing`);
    return text;
  }

  /** Names under a folder in file order, e.g. every schema statement. */
  under(folder: string): string[] {
    return [...this.byName.keys()].filter((name) => name.startsWith(`${folder}/`));
  }
}
