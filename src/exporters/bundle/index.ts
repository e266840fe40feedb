export * from './checksums';
export * from './export';
export * from './inventory';
export * from './select';
export * from './zip';
