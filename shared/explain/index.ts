/** The reply explainer: extract bodies from a paste or log, pair replies with requests, explain, point at records. */
export { explainPaste, dossierNumberInMessage, type ExplainResult, type ExplainedExchange, type ConcernedRecord, type ExplainOptions } from './explain';
export { extractJsonBodies, type ExtractedBody } from './extract';
