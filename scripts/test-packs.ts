// Placeholder until the rule engine lands (issue 3).
console.log('test-packs: no packs yet');
