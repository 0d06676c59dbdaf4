UNWIND $ids AS id
MATCH (q:Quote {articleId: id})
RETURN id AS articleId, q.statementId AS statementId
ORDER BY articleId, q.start, statementId
