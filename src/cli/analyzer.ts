import type { Article, ArticleGraph } from '../domain/model.js';
import { buildArticleGraph } from '../graph/build-article-graph.js';
import { extract } from '../nlp/pipeline.js';

/** Article in, graph unit out: the NLP pipeline followed by entity resolution. */
export interface Analyzer {
  analyze(article: Article): ArticleGraph;
}

export const createAnalyzer = (): Analyzer => ({
  analyze: (article) => buildArticleGraph(article, extract(article.text)),
});
