// Placeholder until the CLI lands; kept so the bundle builds.
console.log('crosscheck: not yet implemented');
