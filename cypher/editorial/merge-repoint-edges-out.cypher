MATCH (merged:Entity {id: $mergedId})-[old]->(other:Entity)
MATCH (survivor:Entity {id: $survivorId})
WITH old, survivor, CASE WHEN other = merged THEN survivor ELSE other END AS target
CREATE (survivor)-[edge:$(type(old))]->(target)
SET edge = properties(old)
DELETE old
