// Typed edit commands: pure (design, args) → design, applied through updateDesign(label, ...).
export * from './circuits';
export * from './clipboard';
export * from './cloud';
export * from './delete';
export * from './link-settings';
export * from './links';
export * from './meta';
export * from './new-node';
export * from './nodes';
