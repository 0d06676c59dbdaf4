MATCH (q:Quote {statementId: $statementId})
CALL (q) {
  MATCH (speaker:Entity)-[:SAID]->(q)-[:ABOUT]->(target:Entity)
  MATCH (speaker)-[edge]->(target)
  WHERE edge.statementId = q.statementId
  DELETE edge
}
CALL (q) {
  MATCH (:Entity)-[link:SAID]->(q)
  DELETE link
}
CALL (q) {
  MATCH (q)-[link:ABOUT]->(:Entity)
  DELETE link
}
