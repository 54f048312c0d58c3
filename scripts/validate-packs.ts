// Placeholder until the rule engine lands (issue 3).
console.error('validate-packs: no packs yet');
