UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})-[mention:MENTIONS]->(e:Entity)
DELETE mention
WITH DISTINCT e
WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(e) }
DETACH DELETE e
