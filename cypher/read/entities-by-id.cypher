UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
RETURN id, e {.id, .name, .kind, .aliases} AS entity
