import { describe, expect, it } from 'vitest';
import { STARTUP_SERVICES, STARTUP_SOURCES } from './registry';

describe('startup registry', () => {
  it('starts the live analysis as a service, not as a startup source that must come first', () => {
    expect(STARTUP_SERVICES.map((s) => s.id)).toContain('analysis');
    expect(STARTUP_SOURCES.map((s) => s.id)).not.toContain('analysis');
  });
});
