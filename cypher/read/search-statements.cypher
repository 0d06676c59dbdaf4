CALL db.index.fulltext.queryNodes('quote_text', $query, {limit: $limit})
YIELD node, score
RETURN node.statementId AS statementId, score
