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
];
