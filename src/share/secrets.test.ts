import { describe, expect, it } from 'vitest';
import { withoutSecrets } from './secrets';

describe('withoutSecrets', () => {
  it('drops secret-named fields at any depth and keeps the rest', () => {
    const value = {
      name: 'hub',
      wireguard: { privateKey: 'x', publicKey: 'y', presharedKey: 'z' },
      peers: [{ psk: 'a', id: 'p1', adminPassword: 'b', clientSecret: 'c' }],
    };
    expect(withoutSecrets(value)).toEqual({ name: 'hub', wireguard: { publicKey: 'y' }, peers: [{ id: 'p1' }] });
  });
});
