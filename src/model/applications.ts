// Application presets a traffic class can match, with the ports and DSCP they usually carry.
// A preset is shorthand a user recognises; exporters expand it to ports/DSCP.
export interface ApplicationPreset {
  id: string;
  label: string;
  protocol: 'tcp' | 'udp' | 'any';
  ports: string[];
  dscp: number[];
}

export const APPLICATION_PRESETS: readonly ApplicationPreset[] = [
  { id: 'zoom', label: 'Zoom', protocol: 'udp', ports: ['8801-8810', '3478-3479'], dscp: [46] },
  { id: 'teams', label: 'Microsoft Teams', protocol: 'udp', ports: ['3478-3481'], dscp: [46, 34] },
  { id: 'webex', label: 'Webex', protocol: 'udp', ports: ['9000', '5004'], dscp: [46] },
  { id: 'backup', label: 'Backup (Veeam, S3)', protocol: 'tcp', ports: ['443', '10005-10006'], dscp: [8] },
  { id: 'saas', label: 'SaaS (HTTPS)', protocol: 'tcp', ports: ['443'], dscp: [0] },
  { id: 'ssh', label: 'SSH', protocol: 'tcp', ports: ['22'], dscp: [16] },
  { id: 'sap', label: 'SAP', protocol: 'tcp', ports: ['3200-3299'], dscp: [26] },
  { id: 'crm', label: 'CRM (personal data)', protocol: 'tcp', ports: ['443'], dscp: [18] },
];

export function applicationPreset(id: string): ApplicationPreset | undefined {
  return APPLICATION_PRESETS.find((p) => p.id === id);
}
