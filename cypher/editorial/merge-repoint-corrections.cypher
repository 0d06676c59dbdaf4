MATCH (c:Correction)
WHERE c.speakerId = $mergedId OR c.targetId = $mergedId
SET
  c.speakerId = CASE WHEN c.speakerId = $mergedId THEN $survivorId ELSE c.speakerId END,
  c.targetId = CASE WHEN c.targetId = $mergedId THEN $survivorId ELSE c.targetId END
