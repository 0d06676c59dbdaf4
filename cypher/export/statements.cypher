UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (s:Statement {id: row.id})
SET s.relation = row.relation, s.quote = row.quote, s.quoteType = row.quoteType,
    s.start = row.start, s.end = row.end, s.confidence = row.confidence,
    s.verified = row.verified, s.reason = row.reason
MERGE (s)-[:IN_ARTICLE]->(a)
WITH s, row
OPTIONAL MATCH (speaker:Entity {id: row.speakerId})
OPTIONAL MATCH (target:Entity {id: row.targetId})
FOREACH (sp IN CASE WHEN speaker IS NULL THEN [] ELSE [speaker] END | MERGE (sp)-[:SAID]->(s))
FOREACH (tg IN CASE WHEN target IS NULL THEN [] ELSE [target] END | MERGE (s)-[:ABOUT]->(tg));
