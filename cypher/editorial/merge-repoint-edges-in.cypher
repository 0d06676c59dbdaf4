MATCH (other:Entity)-[old]->(merged:Entity {id: $mergedId})
WHERE other <> merged
MATCH (survivor:Entity {id: $survivorId})
CREATE (other)-[edge:$(type(old))]->(survivor)
SET edge = properties(old)
DELETE old
