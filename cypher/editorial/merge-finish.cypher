MATCH (survivor:Entity {id: $survivorId})
MATCH (merged:Entity {id: $mergedId})
SET survivor.aliases = $aliases, survivor.searchText = $searchText
DETACH DELETE merged
