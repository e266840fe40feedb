export * from './base64';
export * from './deterministic';
export * from './refs';
