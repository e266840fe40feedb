// Typed edit commands: pure (design, args) → design, applied through updateDesign(label, ...).
export * from './clipboard';
export * from './delete';
export * from './links';
export * from './meta';
export * from './new-node';
export * from './nodes';
