MATCH (q:Quote)-[:IN]->(a:Article)
WHERE ($articleId IS NULL OR a.id = $articleId)
  AND ($relations IS NULL OR q.relation IN $relations)
  AND ($quoteType IS NULL OR q.type = $quoteType)
  AND ($minConfidence IS NULL OR q.confidence >= $minConfidence)
  AND ($verified IS NULL OR q.verified = $verified)
  AND ($outlet IS NULL OR toLower(a.source) = $outlet)
  AND ($from IS NULL OR left(a.publishedAt, size($from)) >= $from)
  AND ($to IS NULL OR left(a.publishedAt, size($to)) <= $to)
  AND ($words IS NULL OR all(word IN $words WHERE word IN q.words))
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(q)
OPTIONAL MATCH (q)-[:ABOUT]->(target:Entity)
WITH q, a, speaker, target
WHERE ($speaker IS NULL OR speaker.id = $speaker)
  AND ($target IS NULL OR target.id = $target)
  AND ($between IS NULL OR (speaker.id IN $between AND target.id IN $between))
WITH q, a
ORDER BY
  CASE WHEN $order = 'CONFIDENCE_DESC' THEN q.confidence END DESC,
  CASE WHEN $order <> 'CONFIDENCE_DESC' THEN a.publishedAt IS NULL END ASC,
  CASE WHEN $order = 'PUBLISHED_ASC' THEN a.publishedAt END ASC,
  CASE WHEN $order = 'PUBLISHED_DESC' THEN a.publishedAt END DESC,
  CASE WHEN $order <> 'CONFIDENCE_DESC' THEN a.id END ASC,
  CASE WHEN $order <> 'CONFIDENCE_DESC' THEN q.start END ASC,
  q.statementId ASC
WITH collect(q.statementId) AS ids
RETURN size(ids) AS totalCount, ids[$skip..$skip + $limit] AS ids
