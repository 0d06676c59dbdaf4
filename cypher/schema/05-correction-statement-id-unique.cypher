CREATE CONSTRAINT correction_statement_id IF NOT EXISTS FOR (c:Correction) REQUIRE c.statementId IS UNIQUE
