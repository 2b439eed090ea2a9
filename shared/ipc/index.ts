/** The typed bridge contract: channel names, schemas, results, the bridge builder, the CSP. */
export * from './channels';
export * from './contract';
export * from './result';
export * from './resultSchema';
export * from './settings';
export * from './bridge';
export * from './csp';
export * from './commands';
export * from './recovery';
