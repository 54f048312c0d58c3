// Placeholder until the rule engine lands (issue 3).
console.error('eval: not implemented yet');
