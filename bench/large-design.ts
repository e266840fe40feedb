// The generated design the UI benchmark and the large-design e2e draw (1,000 nodes, ~1,900 links).
import { DesignBuilder } from '../src/model/samples/builder';
import type { Design } from '../src/model/types';

/** Sites in columns on the left, hubs in the middle, clouds and internet on the right; every site
 * dual-homed to two hubs, every hub to every cloud region of its group and to the internet. */
export function generateLargeDesign(total: number): Design {
  const b = new DesignBuilder(`Generated ${total} nodes`);
  const hubs = Math.max(2, Math.round(total * 0.06));
  const clouds = Math.max(1, Math.round(total * 0.03));
  const internets = Math.max(1, Math.round(total * 0.01));
  const sites = total - hubs - clouds - internets;
  const siteCols = Math.ceil(sites / 40);
  for (let i = 0; i < sites; i++) {
    const col = Math.floor(i / 40);
    b.site(`site-${i + 1}`, {
      name: `Site ${i + 1}`,
      country: 'US',
      asn: 65100 + (i % 400),
      x: col * 260,
      y: (i % 40) * 110,
      prefixes: [`10.${Math.floor(i / 250) + 1}.${i % 250}.0/24`],
    });
  }
  const hubX = siteCols * 260 + 300;
  for (let i = 0; i < hubs; i++) {
    b.hub(`hub-${i + 1}`, { name: `Hub ${i + 1}`, country: 'DE', asn: 64600 + i, x: hubX, y: i * (4400 / hubs) });
  }
  for (let i = 0; i < clouds; i++) {
    b.cloud(`cloud-${i + 1}`, {
      name: `Region ${i + 1}`,
      country: 'US',
      asn: 64512 + (i % 50),
      x: hubX + 500,
      y: i * (4000 / clouds),
      provider: (['aws', 'azure', 'gcp', 'alibaba'] as const)[i % 4]!,
      region: 'us-east-1',
      prefixes: [`172.16.${i}.0/24`],
    });
  }
  for (let i = 0; i < internets; i++) {
    b.internet(`internet-${i + 1}`, {
      name: `Internet ${i + 1}`,
      country: 'US',
      asn: 64900 + i,
      x: hubX + 900,
      y: i * 400,
    });
  }
  for (let i = 0; i < sites; i++) {
    const h1 = (i % hubs) + 1;
    const h2 = ((i + 1) % hubs) + 1;
    b.link(`s${i + 1}-a`, `site-${i + 1}`, `hub-${h1}`, 'mpls');
    b.link(`s${i + 1}-b`, `site-${i + 1}`, `hub-${h2}`, 'internet', { encapsulation: 'ipsec' });
  }
  for (let h = 0; h < hubs; h++) {
    b.link(`h${h + 1}-c`, `hub-${h + 1}`, `cloud-${(h % clouds) + 1}`, 'cloud-interconnect');
    b.link(`h${h + 1}-i`, `hub-${h + 1}`, `internet-${(h % internets) + 1}`, 'internet');
  }
  return b.build();
}
