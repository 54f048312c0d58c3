// Placeholder until the rule engine lands (issue 3).
console.error('check: not implemented yet');
