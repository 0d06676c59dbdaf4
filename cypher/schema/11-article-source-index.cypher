CREATE RANGE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source)
