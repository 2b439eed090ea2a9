/**
 * Sending to the portal, the pure half: environments (schema), reply reading and explanation,
 * the fault taxonomy, redaction of secrets, chunking, the isUpdating decision and the send plan.
 * The Node half (HTTP, sessions, history, sandbox) is in electron/services/.
 */
export * from './environment';
export * from './services';
export * from './faults';
export * from './errorCodes';
export * from './reply';
export * from './redact';
export * from './scrub';
export * from './chunk';
export * from './isUpdating';
export * from './plan';
export * from './result';
export * from './zodMessages';
export * from './describe';
export * from './detectService';
