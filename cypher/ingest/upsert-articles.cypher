UNWIND $batch AS row
MERGE (a:Article {id: row.id})
SET
  a.url = row.url,
  a.title = row.title,
  a.source = row.source,
  a.publishedAt = row.publishedAt,
  a.text = row.text,
  a.graphHash = row.graphHash
