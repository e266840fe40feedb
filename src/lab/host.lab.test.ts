// The lab's own plumbing on real FRR: tools present, daemons started with private paths, config
// push strict about output, vty queries, silent loss, and nothing left behind.
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { injectFailures } from './faults';
import { LabHost, namespaceName } from './netns';
import { labPrerequisites } from './prerequisites';
import { run, runOrThrow } from './run';

const hosts: LabHost[] = [];
afterAll(async () => {
  for (const h of hosts) await h.teardown();
});

async function namespaces(): Promise<string[]> {
  return (await runOrThrow('ip', ['netns', 'list'])).split('\n').map((l) => l.split(' ')[0] ?? '');
}

describe('lab host', () => {
  it('finds every tool it needs on this machine (a missing one fails here, it is never skipped)', () => {
    expect(labPrerequisites({ needNft: true })).toEqual([]);
  });

  it('runs FRR per namespace, refuses a config that prints anything, answers over vty, and cleans up', async () => {
    const host = new LabHost();
    hosts.push(host);
    const a = namespaceName();
    const b = namespaceName();
    await Promise.all([host.addNamespace(a), host.addNamespace(b)]);
    await host.addVeth({ namespace: a, ifname: 'eth0' }, { namespace: b, ifname: 'eth0' });
    const [ra, rb] = await Promise.all([host.startFrr(a), host.startFrr(b)]);
    expect(existsSync(`${ra.runDir}/bgpd.vty`)).toBe(true);
    expect(ra.runDir).not.toBe(rb.runDir);

    await host.pushConfig(
      ra,
      'interface eth0\n ip address 10.9.0.0/31\nexit\nrouter bgp 65001\n bgp router-id 10.9.255.1\nexit\n',
    );
    await expect(host.pushConfig(rb, 'router bgp 65002\n neighbor 10.9.0.999 remote-as 65001\nexit\n')).rejects.toThrow(
      /FRR rejected the config/,
    );
    const table = await host.showJson<{ routerId: string; localAS: number }>(ra, 'show bgp ipv4 unicast json');
    expect(table).toMatchObject({ routerId: '10.9.255.1', localAS: 65001 });
    await expect(host.showJson(ra, 'show no such thing')).rejects.toThrow(/failed in/);
    // zebra applied the address from the config to the veth.
    expect(await host.exec(a, 'ip', ['-4', 'addr', 'show', 'eth0'])).toContain('10.9.0.0/31');

    const { pids } = host.inventory();
    expect(pids.length).toBe(10); // zebra, staticd, bgpd, bfdd, pbrd in each namespace
    await host.teardown();
    const left = await namespaces();
    expect(left).not.toContain(a);
    expect(left).not.toContain(b);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
    expect(existsSync(host.root)).toBe(false);
  });

  it('silent loss drops packets while the interface stays up, and undoing it restores them', async () => {
    const host = new LabHost();
    hosts.push(host);
    const a = namespaceName();
    const b = namespaceName();
    await Promise.all([host.addNamespace(a), host.addNamespace(b)]);
    await host.addVeth({ namespace: a, ifname: 'eth0' }, { namespace: b, ifname: 'eth0' });
    await host.exec(a, 'ip', ['addr', 'add', '10.9.1.0/31', 'dev', 'eth0']);
    await host.exec(b, 'ip', ['addr', 'add', '10.9.1.1/31', 'dev', 'eth0']);
    const ping = () => run('ip', ['netns', 'exec', a, 'ping', '-c', '1', '-W', '1', '10.9.1.1']);
    expect((await ping()).code).toBe(0);

    const lab = {
      host,
      routers: new Map(),
      devices: new Map(),
      linkEnds: new Map([
        [
          'a-b',
          [
            { nodeId: 'a', namespace: a, ifname: 'eth0' },
            { nodeId: 'b', namespace: b, ifname: 'eth0' },
          ],
        ],
      ]),
      buildS: 0,
    };
    const design = {
      links: [{ id: 'a-b', source: 'a', target: 'b' }],
      nodes: [],
    } as unknown as Parameters<typeof injectFailures>[1];
    const fault = await injectFailures(lab, design, [{ kind: 'link', target: 'a-b', mode: 'silent' }]);
    expect(fault.failedLinks).toEqual(new Set(['a-b']));
    expect((await ping()).code).not.toBe(0);
    expect(await host.exec(a, 'ip', ['link', 'show', 'eth0'])).toContain('state UP');
    await fault.undo();
    expect((await ping()).code).toBe(0);

    const hard = await injectFailures(lab, design, [{ kind: 'link', target: 'a-b', mode: 'hard' }]);
    expect(await host.exec(b, 'ip', ['link', 'show', 'eth0'])).toContain('state DOWN');
    await hard.undo();
    await host.teardown();
  });
});
