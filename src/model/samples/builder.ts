// A small builder for writing designs in code: the sample designs and templates are built
// with it (scripts/make-sample-designs.ts writes them to public/designs/), and tests use it to
// make focused designs without repeating every default.
import { DETECTION_DEFAULTS, defaultLink, defaultMechanism } from '../defaults';
import type { DetectionMechanism, Encapsulation, Transport } from '../enums';
import { CURRENT_SCHEMA_VERSION, DesignSchema } from '../schema';
import type {
  BgpPolicyInput,
  CloudNode,
  Design,
  DesignInput,
  DesignLink,
  HubNode,
  InternetNode,
  PbrRuleInput,
  Scenario,
  SiteNode,
  TrafficClassInput,
} from '../types';

type Common = {
  name: string;
  country: string;
  city?: string;
  asn: number;
  x: number;
  y: number;
  prefixes?: string[];
  tags?: string[];
};

export class DesignBuilder {
  private readonly input: DesignInput;

  constructor(name: string, description = '') {
    this.input = { schemaVersion: CURRENT_SCHEMA_VERSION, meta: { name, description }, nodes: [], links: [] };
  }

  site(id: string, c: Common & { role?: SiteNode['role']; demandMbps?: Record<string, number> }): this {
    this.input.nodes.push({ ...common(id, c), kind: 'site', role: c.role ?? 'branch', demandMbps: c.demandMbps ?? {} });
    return this;
  }

  hub(id: string, c: Common & { capacityMbps?: number; security?: HubNode['security'] }): this {
    this.input.nodes.push({
      ...common(id, c),
      kind: 'hub',
      capacityMbps: c.capacityMbps ?? 10000,
      security: c.security ?? ['firewall', 'ips', 'swg'],
    });
    return this;
  }

  cloud(id: string, c: Common & { provider: CloudNode['provider']; region: string }): this {
    this.input.nodes.push({ ...common(id, c), kind: 'cloud', provider: c.provider, region: c.region });
    return this;
  }

  internet(id: string, c: Common & { service?: string }): this {
    const node: Omit<InternetNode, 'platform' | 'bgp'> & { kind: 'internet' } = { ...common(id, c), kind: 'internet' };
    if (c.service) node.service = c.service;
    this.input.nodes.push(node);
    return this;
  }

  link(
    id: string,
    source: string,
    target: string,
    transport: Transport,
    options: Partial<Omit<DesignLink, 'id' | 'source' | 'target' | 'transport' | 'detection'>> & {
      encapsulation?: Encapsulation;
      mechanism?: DetectionMechanism;
    } = {},
  ): this {
    const { mechanism, ...rest } = options;
    const base = defaultLink(id, source, target, transport, options.encapsulation ?? 'none');
    const detection = DETECTION_DEFAULTS[mechanism ?? defaultMechanism(transport, options.encapsulation ?? 'none')];
    this.input.links!.push({ ...base, ...rest, detection });
    return this;
  }

  circuit(id: string, name: string, node?: string): this {
    this.list('circuits').push(node ? { id, name, node } : { id, name });
    return this;
  }

  trafficClass(tc: TrafficClassInput): this {
    this.list('trafficClasses').push(tc);
    return this;
  }

  bgpPolicy(policy: BgpPolicyInput): this {
    this.list('bgpPolicies').push(policy);
    return this;
  }

  pbrRule(rule: Omit<PbrRuleInput, 'match'> & { match?: PbrRuleInput['match'] }): this {
    this.list('pbrRules').push({ match: {}, ...rule });
    return this;
  }

  scenario(scenario: Scenario): this {
    this.list('scenarios').push(scenario);
    return this;
  }

  private list<K extends 'circuits' | 'trafficClasses' | 'bgpPolicies' | 'pbrRules' | 'scenarios'>(
    key: K,
  ): NonNullable<DesignInput[K]> {
    if (!this.input[key]) this.input[key] = [];
    return this.input[key] as NonNullable<DesignInput[K]>;
  }

  settings(settings: DesignInput['settings']): this {
    this.input.settings = settings;
    return this;
  }

  /** Validates through the schema, so a builder mistake fails loudly where the design is made. */
  build(): Design {
    return DesignSchema.parse(this.input);
  }
}

function common(id: string, c: Common) {
  const location = c.city ? { country: c.country, city: c.city } : { country: c.country };
  return {
    id,
    name: c.name,
    location,
    asn: c.asn,
    prefixes: c.prefixes ?? [],
    tags: c.tags ?? [],
    position: { x: c.x, y: c.y },
  };
}
