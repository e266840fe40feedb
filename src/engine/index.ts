// The path-computation engine's public surface. Pure: no DOM, React or comlink.
// Read top-down in pipeline.ts: normalize → control plane → steering → load & cost → explanations;
// scenarios and the resilience sweep reuse the baseline incrementally (scenario.ts, sweep.ts).
export { computeDesign, computeScenario, createEngine, type Engine } from './pipeline';
export { sameRoutingInputs } from './routing-inputs';
export { resilienceSweep } from './sweep';
export * from './types';
