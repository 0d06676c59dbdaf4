UNWIND $articleIds AS articleId
MATCH (q:Quote {articleId: articleId})
CALL (q) {
  MATCH (speaker:Entity)-[:SAID]->(q)-[:ABOUT]->(target:Entity)
  MATCH (speaker)-[edge]->(target)
  WHERE edge.statementId = q.statementId
  DELETE edge
}
DETACH DELETE q
