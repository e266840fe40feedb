import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model';
import { globalEnterprise } from '../model/samples/global-enterprise';
import { designPoliciesToYaml } from './yaml-document';
import { locateFindings } from './yaml-locate';

const finding = (elementId: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({
  severity,
  code: 'lint.test',
  message: `about ${elementId}`,
  elementId,
});

describe('locateFindings', () => {
  const text = designPoliciesToYaml(globalEnterprise());
  const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

  it('puts a finding on the `id:` line of the class, policy or rule it names', () => {
    const located = locateFindings(text, [
      finding('devtest'),
      finding('ams-backup-for-us', 'error'),
      finding('china-cloud-local'),
    ]);
    expect(located.map((m) => [m.line, m.severity, m.message])).toEqual([
      [lineOf('id: devtest'), 'warning', 'about devtest'],
      [lineOf('id: ams-backup-for-us'), 'error', 'about ams-backup-for-us'],
      [lineOf('id: china-cloud-local'), 'warning', 'about china-cloud-local'],
    ]);
    expect(located[0]!.endColumn).toBeGreaterThan(located[0]!.column);
  });

  it('leaves out findings about elements the text does not hold, info, and broken text', () => {
    expect(locateFindings(text, [finding('site-nyc'), finding('video', 'info')])).toEqual([]);
    expect(locateFindings('trafficClasses: [', [finding('video')])).toEqual([]);
  });
});
