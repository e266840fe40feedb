// The addressing plan: router-ids, loopbacks and point-to-point link addresses, derived
// deterministically from the design. The engine's tie-breaks (lower router-id, lower peer
// address) and every exporter read this one plan, so what the engine predicts is what the
// exported routers do.
//
// Allocation follows document order (nodes, then links) and skips addresses pinned by
// overrides, so adding an element at the end never renumbers the others. Pin an address with
// the node's `loopback`/`routerId` or the link's `addressing` to keep it across deletions.
import { intToIpv4, ipv4ToInt, parseIpv4Cidr } from './ipv4';
import type { Design } from './types';

export interface RouterAddresses {
  routerId: string;
  loopback: string;
}

export interface LinkAddresses {
  /** e.g. 10.254.0.4/31 */
  subnet: string;
  prefixLength: number;
  sourceAddress: string;
  targetAddress: string;
}

export interface AddressingProblem {
  elementId: string;
  message: string;
}

export interface AddressPlan {
  routers: Record<string, RouterAddresses>;
  links: Record<string, LinkAddresses>;
  problems: AddressingProblem[];
}

export function planAddresses(design: Design): AddressPlan {
  const problems: AddressingProblem[] = [];
  const taken = new Set<number>();
  const routers: Record<string, RouterAddresses> = {};
  const links: Record<string, LinkAddresses> = {};

  // Pinned addresses first, so allocation never hands them out twice.
  for (const node of design.nodes) {
    for (const pinned of [node.loopback, node.routerId]) {
      if (pinned) claim(pinned, node.id, taken, problems, node.routerId === pinned && node.loopback === pinned);
    }
  }
  const pinnedLinks = new Map<string, LinkAddresses>();
  for (const link of design.links) {
    const pinned = pinnedLinkAddresses(link.id, link.addressing, problems);
    if (!pinned) continue;
    pinnedLinks.set(link.id, pinned);
    claim(pinned.sourceAddress, link.id, taken, problems);
    claim(pinned.targetAddress, link.id, taken, problems);
  }

  const loopbacks = parseIpv4Cidr(design.settings.addressing.loopbackPool);
  let nextLoopback = loopbacks.base + 1;
  for (const node of design.nodes) {
    let loopback = node.loopback;
    if (!loopback) {
      while (taken.has(nextLoopback)) nextLoopback++;
      if (nextLoopback >= loopbacks.base + loopbacks.size - 1) {
        problems.push({
          elementId: node.id,
          message: `the loopback pool ${design.settings.addressing.loopbackPool} is exhausted`,
        });
        loopback = '0.0.0.0';
      } else {
        loopback = intToIpv4(nextLoopback);
        taken.add(nextLoopback++);
      }
    }
    routers[node.id] = { loopback, routerId: node.routerId ?? loopback };
  }

  const pool = parseIpv4Cidr(design.settings.addressing.linkPool);
  let nextSubnet = pool.base;
  for (const link of design.links) {
    const pinned = pinnedLinks.get(link.id);
    if (pinned) {
      links[link.id] = pinned;
      continue;
    }
    while (taken.has(nextSubnet) || taken.has(nextSubnet + 1)) nextSubnet += 2;
    if (nextSubnet + 1 >= pool.base + pool.size) {
      problems.push({
        elementId: link.id,
        message: `the link pool ${design.settings.addressing.linkPool} is exhausted`,
      });
      links[link.id] = { subnet: '0.0.0.0/31', prefixLength: 31, sourceAddress: '0.0.0.0', targetAddress: '0.0.0.1' };
      continue;
    }
    links[link.id] = {
      subnet: `${intToIpv4(nextSubnet)}/31`,
      prefixLength: 31,
      sourceAddress: intToIpv4(nextSubnet),
      targetAddress: intToIpv4(nextSubnet + 1),
    };
    taken.add(nextSubnet);
    taken.add(nextSubnet + 1);
    nextSubnet += 2;
  }
  return { routers, links, problems };
}

function pinnedLinkAddresses(
  linkId: string,
  addressing: { subnet?: string; sourceAddress?: string; targetAddress?: string },
  problems: AddressingProblem[],
): LinkAddresses | null {
  if (!addressing.subnet) {
    if (addressing.sourceAddress || addressing.targetAddress) {
      problems.push({ elementId: linkId, message: 'set the subnet too when pinning a link address' });
    }
    return null;
  }
  const range = parseIpv4Cidr(addressing.subnet);
  if (range.prefixLength < 24 || range.prefixLength > 31) {
    problems.push({ elementId: linkId, message: `a link subnet is a /24 to /31, not /${range.prefixLength}` });
    return null;
  }
  // /31 uses both addresses (RFC 3021); larger subnets skip the network address.
  const first = range.prefixLength === 31 ? range.base : range.base + 1;
  const sourceAddress = addressing.sourceAddress ?? intToIpv4(first);
  const targetAddress = addressing.targetAddress ?? intToIpv4(first + 1);
  for (const address of [sourceAddress, targetAddress]) {
    const value = ipv4ToInt(address);
    if (value < range.base || value >= range.base + range.size) {
      problems.push({ elementId: linkId, message: `${address} is not inside ${addressing.subnet}` });
      return null;
    }
  }
  if (sourceAddress === targetAddress) {
    problems.push({ elementId: linkId, message: 'both ends of the link have the same address' });
    return null;
  }
  return { subnet: addressing.subnet, prefixLength: range.prefixLength, sourceAddress, targetAddress };
}

function claim(address: string, owner: string, taken: Set<number>, problems: AddressingProblem[], sameAsOther = false) {
  const value = ipv4ToInt(address);
  if (taken.has(value) && !sameAsOther) {
    problems.push({ elementId: owner, message: `${address} is used twice` });
  }
  taken.add(value);
}
