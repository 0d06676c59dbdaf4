UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.url = row.url, a.title = row.title, a.outlet = row.outlet, a.publishedAt = row.publishedAt;
