CREATE RANGE INDEX quote_article_id IF NOT EXISTS FOR (q:Quote) ON (q.articleId)
