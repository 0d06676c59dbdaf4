MATCH (a:Article)-[old:MENTIONS]->(merged:Entity {id: $mergedId})
MATCH (survivor:Entity {id: $survivorId})
MERGE (a)-[:MENTIONS]->(survivor)
DELETE old
