MATCH (e:Entity {id: $entityId})
CALL (e) {
  MATCH (e)-[:SAID]->(q:Quote)
  WHERE $direction <> 'IN'
  RETURN q
  UNION
  MATCH (q:Quote)-[:ABOUT]->(e)
  WHERE $direction <> 'OUT'
  RETURN q
}
MATCH (q)-[:IN]->(a:Article)
WHERE a.publishedAt IS NOT NULL AND ($relation IS NULL OR q.relation = $relation)
WITH date(left(a.publishedAt, 10)) AS day, q
WITH CASE $interval WHEN 'WEEK' THEN date.truncate('week', day) ELSE day END AS start, count(DISTINCT q) AS count
RETURN toString(start) AS start, count
ORDER BY start
