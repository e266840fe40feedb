// References to nodes that do not exist (or are not the kind the reference needs): a typo in a
// selector silently makes a class or policy apply to nothing.
import type { Diagnostic } from '../model';
import { finding, type LintRule } from './rule';
import { selectorExists } from './scope';

export const missingNodeRule: LintRule = {
  code: 'lint.missing-node',
  title: 'Reference to a node that does not exist',
  run(design) {
    const out: Diagnostic[] = [];
    const nodes = new Map(design.nodes.map((n) => [n.id, n]));
    const report = (elementId: string, what: string) =>
      out.push(finding('error', this.code, `${what}, which does not exist`, elementId));
    const checkSelectors = (elementId: string, owner: string, selectors: readonly string[]) => {
      for (const s of selectors) {
        if (!selectorExists(design, s))
          report(elementId, `${owner} applies to '${s}'${s.startsWith('tag:') ? ' (no node carries that tag)' : ''}`);
      }
    };

    for (const tc of design.trafficClasses) {
      const owner = `traffic class '${tc.id}'`;
      checkSelectors(tc.id, owner, tc.appliesTo);
      for (const hub of tc.preferredHubs) {
        if (nodes.get(hub)?.kind !== 'hub') report(tc.id, `${owner} prefers hub '${hub}'`);
      }
      for (const destination of Object.keys(tc.destinationWeights)) {
        if (!nodes.has(destination)) report(tc.id, `${owner} weighs destination '${destination}'`);
      }
    }
    for (const policy of design.bgpPolicies) {
      const owner = `BGP policy '${policy.id}'`;
      if (!selectorExists(design, policy.router)) report(policy.id, `${owner} is applied at router '${policy.router}'`);
      if (policy.neighbor !== undefined && !selectorExists(design, policy.neighbor)) {
        report(policy.id, `${owner} names neighbor '${policy.neighbor}'`);
      }
    }
    for (const rule of design.pbrRules) {
      const owner = `PBR rule '${rule.id}'`;
      checkSelectors(rule.id, owner, rule.appliesTo);
      if (rule.action.egressHub !== undefined && nodes.get(rule.action.egressHub)?.kind !== 'hub') {
        report(rule.id, `${owner} sends traffic to egress hub '${rule.action.egressHub}'`);
      }
      if (rule.action.nextHop !== undefined && !nodes.has(rule.action.nextHop)) {
        report(rule.id, `${owner} sends traffic to next hop '${rule.action.nextHop}'`);
      }
    }
    return out;
  },
};
