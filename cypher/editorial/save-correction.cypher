MERGE (c:Correction {statementId: $props.statementId})
SET c = $props
