CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (q:Quote) RETURN count(q) AS statements }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
RETURN articles, statements, entities
