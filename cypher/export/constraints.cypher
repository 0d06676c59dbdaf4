// Unique ids so the MERGEs below stay idempotent when the script is replayed.
CREATE CONSTRAINT quotegraph_export_article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT quotegraph_export_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT quotegraph_export_statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
