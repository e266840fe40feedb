import { describe, expect, it } from 'vitest';
import { lintDesign } from '../../lint';
import { DesignSchema } from '../../model';
import { globalEnterprise } from '../../model/samples/global-enterprise';
import { dualHub, hubAndSpoke } from '../../model/samples/templates';
import { POLICY_TEMPLATES, policyTemplate } from '.';

const samples = { global: globalEnterprise, hubAndSpoke, dualHub };

describe('every policy template', () => {
  for (const template of POLICY_TEMPLATES) {
    for (const [name, make] of Object.entries(samples)) {
      it(`${template.id} on ${name}: gives a valid design, is idempotent, leaves the input alone`, () => {
        const design = make();
        const before = JSON.stringify(design);
        const once = template.apply(design);
        expect(DesignSchema.safeParse(once.design).success).toBe(true);
        expect(once.summary.length).toBeGreaterThan(0);
        expect(JSON.stringify(design)).toBe(before);
        const twice = template.apply(once.design);
        expect(JSON.stringify(twice.design)).toBe(JSON.stringify(once.design));
      });
    }
  }
});

describe('video on the lowest-latency egress', () => {
  it('adds a best-quality class aimed at the SaaS destinations, not the whole internet', () => {
    const { design } = policyTemplate('video-lowest-latency')!.apply(hubAndSpoke());
    const video = design.trafficClasses.find((c) => c.id === 'video')!;
    expect(video).toMatchObject({ strategy: 'best-quality', fallback: 'best-quality', sla: { maxLatencyMs: 150 } });
    expect(video.match.applications).toEqual(['zoom', 'teams', 'webex']);
    expect(video.match.ports).toContain('8801-8810');
    expect(video.match.destinationPrefixes).toEqual([]); // hub-and-spoke has only the internet
    const global = policyTemplate('video-lowest-latency')!.apply(globalEnterprise()).design;
    expect(global.trafficClasses.find((c) => c.id === 'video')!.match.destinationPrefixes).toEqual([
      '52.112.0.0/14',
      '170.114.0.0/16',
    ]);
  });

  it('keeps what the user tuned on an existing video class', () => {
    const design = globalEnterprise();
    const tuned = {
      ...design,
      trafficClasses: design.trafficClasses.map((c) =>
        c.id === 'video' ? { ...c, color: '#000000', appliesTo: ['tag:us'], defaultDemandMbps: 55 } : c,
      ),
    };
    const video = policyTemplate('video-lowest-latency')!
      .apply(tuned)
      .design.trafficClasses.find((c) => c.id === 'video')!;
    expect(video).toMatchObject({
      color: '#000000',
      appliesTo: ['tag:us'],
      defaultDemandMbps: 55,
      strategy: 'best-quality',
    });
  });
});

describe('backup and dev/test on the cheapest egress', () => {
  it('adds two lowest-cost classes to the cloud prefixes that do not overlap each other', () => {
    const { design } = policyTemplate('bulk-on-cheapest')!.apply(dualHub());
    const classes = design.trafficClasses.filter((c) => c.id === 'backup' || c.id === 'devtest');
    expect(classes.map((c) => c.strategy)).toEqual(['lowest-cost-sla', 'lowest-cost-sla']);
    expect(classes[0]!.match.destinationPrefixes).toEqual(['10.100.0.0/16', '10.130.0.0/16']);
    const overlaps = lintDesign(design).filter(
      (d) => d.code === 'lint.class-overlap' && d.message.includes("'backup' and 'devtest'"),
    );
    expect(overlaps).toEqual([]);
  });
});

describe('personal data only in country', () => {
  it('allows only the site country, requires firewall + IPS, drops otherwise, and names sites with no gateway', () => {
    const result = policyTemplate('personal-data-in-country')!.apply(globalEnterprise());
    const pd = result.design.trafficClasses.find((c) => c.id === 'personal-data')!;
    expect(pd).toMatchObject({
      allowedJurisdictions: ['site'],
      requiredInspection: ['firewall', 'ips'],
      fallback: 'drop',
      critical: true,
    });
    // Paris (FR) has no French hub; Shanghai's hub has no IPS.
    const check = result.summary.filter((l) => l.startsWith('Check:')).join('\n');
    expect(check).toContain("'site-par'");
    expect(check).toContain("'site-sha'");
    expect(check).not.toContain("'site-nyc'");
  });
});

describe('cloud prefixes through the directly peering hub', () => {
  it('adds one PBR rule per cloud to the hub with the interconnect, on the sites that reach it', () => {
    const result = policyTemplate('cloud-direct-peering')!.apply(globalEnterprise());
    const rules = result.design.pbrRules.filter((r) => r.id.startsWith('cloud-'));
    expect(rules.map((r) => [r.id, r.action.egressHub, r.match.destinationPrefixes])).toEqual([
      ['cloud-aws-use1', 'hub-ash', ['10.100.0.0/16']],
      ['cloud-azure-weu', 'hub-ams', ['10.110.0.0/16']],
    ]);
    expect(rules[0]!.appliesTo).toEqual(['*']);
    // The sample's own rule already sends Alibaba traffic through Shanghai: no duplicate.
    expect(result.summary).toContain("'alibaba-bj' already leaves through 'hub-sha' by rule 'china-cloud-local'.");
    expect(lintDesign(result.design).filter((d) => d.code === 'lint.pbr-shadowed')).toEqual([]);
  });

  it('installs a rule only on the sites that reach the peering hub', () => {
    const design = globalEnterprise();
    const result = policyTemplate('cloud-direct-peering')!.apply({ ...design, pbrRules: [] });
    const alibaba = result.design.pbrRules.find((r) => r.id === 'cloud-alibaba-bj')!;
    // Only Shanghai reaches the Shanghai hub (it has no backbone link).
    expect(alibaba.appliesTo).toEqual(['site-sha']);
    expect(alibaba.action.egressHub).toBe('hub-sha');
  });

  it('says so when no hub peers with a provider', () => {
    const design = hubAndSpoke();
    const noPeering = {
      ...design,
      links: design.links.map((l) => (l.id === 'hub-aws' ? { ...l, transport: 'internet' as const } : l)),
    };
    const result = policyTemplate('cloud-direct-peering')!.apply(noPeering);
    expect(result.design).toBe(noPeering);
    expect(result.summary[0]).toContain('No hub has a direct interconnect to aws');
  });
});
