// Every CLI command, as data: name, usage line, one-line summary, and a lazy loader.
// Add a command by adding its file under commands/ and one entry here.
export interface CliCommand {
  run(args: string[]): Promise<number>;
}

export interface CommandEntry {
  name: string;
  usage: string;
  summary: string;
  load(): Promise<CliCommand>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'export',
    usage: 'export <design> --platform <list|all> --out <dir|file.zip>',
    summary: 'write device configs (FRR, IOS-XE, Junos, EOS, WireGuard, strongSwan) as a bundle',
    load: () => import('./commands/export'),
  },
  {
    name: 'lab',
    usage: 'lab <design> [--fail <id>[:silent],...] [--fast-timers] [--format table|json]',
    summary: 'build the design as real FRR routers (Linux, root) and check the engine against them',
    load: () => import('./commands/lab'),
  },
  {
    name: 'compute',
    usage: 'compute <design> [--fail <id>[:silent],...] [--fast-timers] [--format table|json]',
    summary: 'the flows the engine predicts (after failures, with the diff and convergence)',
    load: () => import('./commands/compute'),
  },
  {
    name: 'resilience',
    usage: 'resilience <design> [--fast-timers] [--format table|json]',
    summary: 'fail every link, node, circuit and region in turn; single points of failure',
    load: () => import('./commands/resilience'),
  },
  {
    name: 'check',
    usage: 'check <design>',
    summary: 'exit 1 when the design breaks its own rules (SLA, compliance, critical SPOF)',
    load: () => import('./commands/check'),
  },
  {
    name: 'diff',
    usage: 'diff <design-a> <design-b> [--format table|json]',
    summary: 'which flows move between two revisions of a design',
    load: () => import('./commands/diff'),
  },
  {
    name: 'lint',
    usage: 'lint <design> [--strict] [--format table|json]',
    summary: 'policy lint: shadowed PBR rules, overlapping classes, unreachable SLAs, missing references',
    load: () => import('./commands/lint'),
  },
  {
    name: 'share',
    usage: "share <design> [--url <base>] | share --decode '<link>'|- [--format json|yaml]",
    summary: 'print the design as a share link fragment, or a link as canonical JSON',
    load: () => import('./commands/share'),
  },
];
