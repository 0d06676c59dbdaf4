MATCH (q:Quote)-[old:ABOUT]->(merged:Entity {id: $mergedId})
MATCH (survivor:Entity {id: $survivorId})
CREATE (q)-[about:ABOUT]->(survivor)
SET about = properties(old)
DELETE old
