CREATE CONSTRAINT quote_statement_id IF NOT EXISTS FOR (q:Quote) REQUIRE q.statementId IS UNIQUE
