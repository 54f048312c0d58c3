// Placeholder until the rule engine lands (issue 3).
console.error('bench: not implemented yet');
