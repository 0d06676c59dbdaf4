MATCH (a:Article)
WHERE a.id > $after
RETURN a.id AS id
ORDER BY a.id
LIMIT $limit
