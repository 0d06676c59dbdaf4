MATCH (merged:Entity {id: $mergedId})-[old:SAID]->(q:Quote)
MATCH (survivor:Entity {id: $survivorId})
CREATE (survivor)-[said:SAID]->(q)
SET said = properties(old)
DELETE old
