OPTIONAL MATCH (earlier:EntityRedirect {to: $mergedId})
SET earlier.to = $survivorId
WITH count(earlier) AS _
MERGE (r:EntityRedirect {from: $mergedId})
SET r.to = $survivorId
