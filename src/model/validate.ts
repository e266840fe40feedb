// Semantic checks the schema cannot express: references between elements, unique ids, address
// conflicts. A design with errors still opens (so the user can fix it); the engine skips the
// broken elements and reports these diagnostics instead of throwing.
import { planAddresses } from './addressing';
import type { Diagnostic } from './diagnostics';
import { parseIpv4Cidr } from './ipv4';
import type { Design } from './types';

export function validateDesign(design: Design): Diagnostic[] {
  const out: Diagnostic[] = [];
  const nodes = new Map(design.nodes.map((n) => [n.id, n]));
  const tags = new Set(design.nodes.flatMap((n) => n.tags));

  checkUniqueIds(design, out);

  for (const link of design.links) {
    for (const end of [link.source, link.target]) {
      if (!nodes.has(end)) {
        out.push(err('link.dangling-end', `link '${link.id}' connects to '${end}', which does not exist`, link.id));
      }
    }
    if (link.source === link.target) {
      out.push(err('link.self-loop', `link '${link.id}' connects '${link.source}' to itself`, link.id));
    }
    if (link.circuit && !design.circuits.some((c) => c.id === link.circuit)) {
      out.push(
        err(
          'link.unknown-circuit',
          `link '${link.id}' rides on circuit '${link.circuit}', which does not exist`,
          link.id,
        ),
      );
    }
  }

  const selectorExists = (selector: string) =>
    selector === '*' || (selector.startsWith('tag:') ? tags.has(selector.slice(4)) : nodes.has(selector));

  for (const tc of design.trafficClasses) {
    for (const selector of tc.appliesTo) {
      if (!selectorExists(selector)) {
        out.push(
          warn(
            'class.unknown-target',
            `traffic class '${tc.name}' applies to '${selector}', which matches nothing`,
            tc.id,
          ),
        );
      }
    }
    for (const hub of tc.preferredHubs) {
      if (nodes.get(hub)?.kind !== 'hub') {
        out.push(err('class.unknown-hub', `traffic class '${tc.name}' prefers '${hub}', which is not a hub`, tc.id));
      }
    }
  }
  for (const policy of design.bgpPolicies) {
    for (const selector of [policy.router, policy.neighbor]) {
      if (selector !== undefined && !selectorExists(selector)) {
        out.push(
          err(
            'bgp-policy.unknown-node',
            `BGP policy '${policy.id}' names '${selector}', which matches nothing`,
            policy.id,
          ),
        );
      }
    }
  }
  for (const rule of design.pbrRules) {
    if (rule.action.egressHub && nodes.get(rule.action.egressHub)?.kind !== 'hub') {
      out.push(
        err(
          'pbr.unknown-hub',
          `PBR rule '${rule.id}' sends to '${rule.action.egressHub}', which is not a hub`,
          rule.id,
        ),
      );
    }
    if (rule.action.nextHop && !nodes.has(rule.action.nextHop)) {
      out.push(
        err(
          'pbr.unknown-next-hop',
          `PBR rule '${rule.id}' sends to '${rule.action.nextHop}', which does not exist`,
          rule.id,
        ),
      );
    }
    if (rule.match.trafficClass && !design.trafficClasses.some((c) => c.id === rule.match.trafficClass)) {
      out.push(
        err(
          'pbr.unknown-class',
          `PBR rule '${rule.id}' matches class '${rule.match.trafficClass}', which does not exist`,
          rule.id,
        ),
      );
    }
  }

  checkPrefixes(design, out);
  for (const problem of planAddresses(design).problems) {
    out.push(err('addressing', problem.message, problem.elementId));
  }
  return out;
}

function checkUniqueIds(design: Design, out: Diagnostic[]) {
  // Nodes, links and circuits share one namespace: failures and selection name them by id alone.
  const seen = new Set<string>();
  for (const { id } of [...design.nodes, ...design.links, ...design.circuits]) {
    if (seen.has(id)) out.push(err('id.duplicate', `the id '${id}' is used by more than one element`, id));
    seen.add(id);
  }
  for (const [what, list] of [
    ['traffic class', design.trafficClasses],
    ['BGP policy', design.bgpPolicies],
    ['PBR rule', design.pbrRules],
    ['scenario', design.scenarios],
  ] as const) {
    const ids = new Set<string>();
    for (const { id } of list) {
      if (ids.has(id)) out.push(err('id.duplicate', `the ${what} id '${id}' is used more than once`, id));
      ids.add(id);
    }
  }
}

function checkPrefixes(design: Design, out: Diagnostic[]) {
  // Two nodes originating the same prefix is anycast at best, a typo at worst; say so.
  const owners = new Map<string, string>();
  for (const node of design.nodes) {
    for (const prefix of node.prefixes) {
      const other = owners.get(prefix);
      if (other && other !== node.id) {
        out.push(warn('prefix.duplicate', `${prefix} is originated by both '${other}' and '${node.id}'`, node.id));
      }
      owners.set(prefix, node.id);
    }
  }
  // Parsed once and sorted by start address, so only neighbours in address order are compared.
  const all = design.nodes
    .flatMap((n) =>
      n.prefixes.filter((p) => !p.endsWith('/0')).map((p) => ({ node: n, prefix: p, ...parseIpv4Cidr(p) })),
    )
    .sort((a, b) => a.base - b.base || a.prefixLength - b.prefixLength);
  for (let i = 0; i < all.length; i++) {
    const a = all[i]!;
    for (let j = i + 1; j < all.length && all[j]!.base < a.base + a.size; j++) {
      const b = all[j]!;
      if (a.node.id === b.node.id || a.prefix === b.prefix) continue;
      out.push(
        warn(
          'prefix.overlap',
          `${b.prefix} of '${b.node.id}' lies inside ${a.prefix} of '${a.node.id}': the longer prefix wins for its addresses`,
          b.node.id,
        ),
      );
    }
  }
}

function err(code: string, message: string, elementId?: string): Diagnostic {
  return elementId === undefined
    ? { severity: 'error', code, message }
    : { severity: 'error', code, message, elementId };
}

function warn(code: string, message: string, elementId?: string): Diagnostic {
  return elementId === undefined
    ? { severity: 'warning', code, message }
    : { severity: 'warning', code, message, elementId };
}
