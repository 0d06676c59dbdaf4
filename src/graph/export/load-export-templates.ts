import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The Cypher export statements, read once from cypher/export/ (same depth from src/ and dist/). */
export const EXPORT_TEMPLATE_NAMES = [
  'constraints',
  'articles',
  'entities',
  'statements',
  'relations',
] as const;
export type ExportTemplateName = (typeof EXPORT_TEMPLATE_NAMES)[number];

const dir = new URL('../../../cypher/export/', import.meta.url);
let cache: Record<ExportTemplateName, string> | null = null;

export function exportTemplatesDir(): string {
  return fileURLToPath(dir);
}

export function loadExportTemplates(): Record<ExportTemplateName, string> {
  if (!cache) {
    const entries = EXPORT_TEMPLATE_NAMES.map(
      (name) => [name, readFileSync(new URL(`${name}.cypher`, dir), 'utf8').trim()] as const,
    );
    cache = Object.fromEntries(entries) as Record<ExportTemplateName, string>;
  }
  return cache;
}
