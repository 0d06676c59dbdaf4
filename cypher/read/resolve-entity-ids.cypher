UNWIND $ids AS id
OPTIONAL MATCH (r:EntityRedirect {from: id})
RETURN id, coalesce(r.to, id) AS resolved
