import neo4j from 'neo4j-driver';
import type { ArticleGraph, Entity, Statement } from '../../domain/model.js';
import type { CypherRunner, Row } from './cypher-runner.js';
import { entityFromRow } from './statement-rows.js';

interface Reader {
  runner: CypherRunner;
  getArticles(ids: readonly string[]): Promise<(ArticleGraph['article'] | null)[]>;
  getEntities(ids: readonly string[]): Promise<(Entity | null)[]>;
  getStatements(ids: readonly string[]): Promise<(Statement | null)[]>;
}

const group = <T>(rows: Row[], value: (r: Row) => T): Map<string, T[]> => {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.articleId as string) ?? [];
    list.push(value(r));
    out.set(r.articleId as string, list);
  }
  return out;
};

/**
 * Reads the stored graph back as ArticleGraphs, `pageSize` articles at a time in id order: what
 * `quotegraph import` feeds into another store. Statements come back as stored (corrections
 * applied); every entity a statement names is included even without a MENTIONS edge, so data
 * loaded by other tools still forms valid graphs.
 */
export async function* readArticleGraphs(
  reader: Reader,
  pageSize = 100,
): AsyncGenerator<ArticleGraph> {
  let after = '';
  for (;;) {
    const idRows = await reader.runner.query('read/article-ids-after', {
      after,
      limit: neo4j.int(pageSize),
    });
    const ids = idRows.map((r) => r.id as string);
    if (ids.length === 0) return;
    after = ids.at(-1)!;
    const [articles, statementRows, entityRows] = [
      await reader.getArticles(ids),
      await reader.runner.query('read/statement-ids-of-articles', { ids }),
      await reader.runner.query('read/mentioned-entities', { ids }),
    ];
    const statements = new Map(
      (await reader.getStatements(statementRows.map((r) => r.statementId as string)))
        .filter((s): s is Statement => s !== null)
        .map((s) => [s.id, s]),
    );
    const statementIds = group(statementRows, (r) => r.statementId as string);
    const mentioned = group(entityRows, (r) => entityFromRow(r.entity as Row)!);
    const named = [...statements.values()].flatMap((s) =>
      [s.speaker, s.target].filter((ref) => ref !== null).map((ref) => ref.entityId),
    );
    const known = new Map(
      (await reader.getEntities([...new Set(named)]))
        .filter((e): e is Entity => e !== null)
        .map((e) => [e.id, e]),
    );
    for (const [i, article] of articles.entries()) {
      if (!article) continue;
      const own = (statementIds.get(article.id) ?? []).map((id) => statements.get(id)!);
      const entities = new Map((mentioned.get(article.id) ?? []).map((e) => [e.id, e]));
      for (const s of own) {
        for (const ref of [s.speaker, s.target]) {
          const entity = ref && known.get(ref.entityId);
          if (entity) entities.set(entity.id, entity);
        }
      }
      yield { article: articles[i]!, entities: [...entities.values()], statements: own };
    }
  }
}
