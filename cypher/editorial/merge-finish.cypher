MATCH (survivor:Entity {id: $survivorId})
MATCH (merged:Entity {id: $mergedId})
SET survivor.aliases = $aliases, survivor.aliasText = $aliasText
DETACH DELETE merged
