// A small design for the lint tests: two sites (US, DE), two hubs, AWS and the internet.
// Each test adds the one element it is about, so positive and negative cases differ only there.
import { DesignBuilder } from '../model/samples/builder';

export function baseBuilder(): DesignBuilder {
  return new DesignBuilder('lint test')
    .site('site-us', {
      name: 'US site',
      country: 'US',
      asn: 65001,
      x: 0,
      y: 0,
      prefixes: ['10.1.0.0/16'],
      tags: ['us'],
    })
    .site('site-de', {
      name: 'DE site',
      country: 'DE',
      asn: 65002,
      x: 0,
      y: 100,
      prefixes: ['10.2.0.0/16'],
      tags: ['eu'],
    })
    .hub('hub-us', { name: 'US hub', country: 'US', asn: 65010, x: 200, y: 0, security: ['firewall', 'ips'] })
    .hub('hub-de', { name: 'DE hub', country: 'DE', asn: 65020, x: 200, y: 100, security: ['firewall'] })
    .cloud('aws', {
      name: 'AWS',
      country: 'US',
      asn: 64512,
      x: 400,
      y: 0,
      provider: 'aws',
      region: 'us-east-1',
      prefixes: ['10.100.0.0/16'],
    })
    .internet('inet', { name: 'Internet', country: 'US', asn: 64900, x: 400, y: 100, prefixes: ['0.0.0.0/0'] })
    .link('us-hub', 'site-us', 'hub-us', 'mpls', { latencyMs: 10, jitterMs: 1, lossPct: 0.1 })
    .link('de-hub', 'site-de', 'hub-de', 'mpls', { latencyMs: 5, jitterMs: 1, lossPct: 0.1 })
    .link('de-hub-us', 'site-de', 'hub-us', 'internet', { latencyMs: 90, jitterMs: 8, lossPct: 0.5 })
    .link('hub-us-aws', 'hub-us', 'aws', 'cloud-interconnect', { latencyMs: 2, jitterMs: 0, lossPct: 0 })
    .link('hub-us-inet', 'hub-us', 'inet', 'internet', { latencyMs: 3, jitterMs: 1, lossPct: 0 })
    .link('hub-de-inet', 'hub-de', 'inet', 'internet', { latencyMs: 3, jitterMs: 1, lossPct: 0 });
}
