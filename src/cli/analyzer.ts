import type { Article, ArticleGraph } from '../domain/model.js';
import type { GraphStore } from '../graph/port.js';
import { extract } from '../nlp/pipeline.js';
import { loadDecisions } from '../resolution/alias-file.js';
import { openResolver } from '../resolution/open-resolver.js';
import { Resolver } from '../resolution/resolver.js';

/** Article in, graph unit out: the NLP pipeline followed by cross-document entity resolution. */
export interface Analyzer {
  analyze(article: Article): ArticleGraph;
}

const analyzerOf = (resolver: Resolver): Analyzer => ({
  analyze: (article) => resolver.resolve(article, extract(article.text)),
});

/**
 * For ingest: the resolver knows every entity already stored and the editorial alias file, so
 * new mentions join existing nodes and editors' merges and splits apply.
 */
export const openAnalyzer = async (store: GraphStore, dataDir: string): Promise<Analyzer> =>
  analyzerOf(await openResolver(store, dataDir));

/** For `extract`, which has no store: ids still follow the alias file's decisions. */
export const standaloneAnalyzer = async (dataDir: string): Promise<Analyzer> =>
  analyzerOf(new Resolver({ decisions: await loadDecisions(dataDir) }));
