// The design document's public surface. Pure: no React, no DOM.
export * from './addressing';
export * from './applications';
export * from './defaults';
export * from './diagnostics';
export * from './enums';
export * from './ids';
export * from './ipv4';
export * from './jurisdictions';
export * from './load';
export * from './schema';
export * from './serialize';
export type * from './types';
export * from './validate';
