UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
RETURN id, a.graphHash AS graphHash
