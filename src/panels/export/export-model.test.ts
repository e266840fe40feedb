import { describe, expect, it } from 'vitest';
import { buildDevices } from '../../devices/build';
import { globalEnterprise } from '../../model/samples/global-enterprise';
import { bundleFileName, changesSince, groupByDevice, languageOf, platformChoice } from './export-model';

describe('export view model', () => {
  const { devices } = buildDevices(globalEnterprise());

  it('defaults each node to its own platform and adds the tunnel files that platform needs', () => {
    const choice = platformChoice(devices, {});
    expect(choice['site-dal']).toEqual(['frr', 'wireguard', 'strongswan']);
    expect(choice['alibaba-bj']).toEqual(['frr']);
  });

  it('uses the picked platform; IOS-XE and Junos carry their own IPsec, so no swanctl.conf', () => {
    const choice = platformChoice(devices, { 'site-dal': 'ios-xe', 'hub-ams': 'junos' });
    expect(choice['site-dal']).toEqual(['ios-xe', 'wireguard']);
    expect(choice['hub-ams']).toEqual(['junos']);
    expect(choice['site-nyc']).toEqual(['frr', 'strongswan']);
  });

  it('groups files by device folder, bundle files first under ""', () => {
    const groups = groupByDevice([
      { path: 'README.md', content: '' },
      { path: 'a/frr.conf', content: '' },
      { path: 'a/wg0.conf', content: '' },
      { path: 'b/junos.conf', content: '' },
    ]);
    expect(groups.map((g) => [g.device, g.files.length])).toEqual([
      ['', 1],
      ['a', 2],
      ['b', 1],
    ]);
  });

  it('picks a highlighter per file', () => {
    expect(languageOf('a/wg0.conf')).toBe('ini');
    expect(languageOf('a/frr.conf')).toBe('router-config');
    expect(languageOf('a/junos.conf')).toBe('router-config');
    expect(languageOf('inventory.json')).toBe('plaintext');
    expect(languageOf('README.md')).toBe('plaintext');
  });

  it('tells added, changed and unchanged files since the last download', () => {
    expect(changesSince(null, [{ path: 'x', content: '1' }])).toBeNull();
    const changes = changesSince(
      new Map([
        ['a', '1'],
        ['b', '2'],
      ]),
      [
        { path: 'a', content: '1' },
        { path: 'b', content: '3' },
        { path: 'c', content: '' },
      ],
    );
    expect(Object.fromEntries(changes!)).toEqual({ a: 'same', b: 'changed', c: 'added' });
  });

  it('makes a safe zip name', () => {
    expect(bundleFileName('Global enterprise (Zürich) / v2')).toBe('global-enterprise-zurich-v2-configs.zip');
    expect(bundleFileName('!!!')).toBe('design-configs.zip');
  });
});
