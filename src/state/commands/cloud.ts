// Changing a cloud region's provider or region code. A name still reading like the generated one
// ("AWS us-east-1") follows the change; a name the user typed is kept.
import type { CloudProvider } from '../../model/enums';
import type { CloudNode } from '../../model/types';

export const PROVIDER_SHORT: Readonly<Record<CloudProvider, string>> = {
  aws: 'AWS',
  azure: 'Azure',
  gcp: 'GCP',
  alibaba: 'Alibaba',
  oracle: 'OCI',
  other: 'Cloud',
};

export function cloudName(provider: CloudProvider, region: string): string {
  return `${PROVIDER_SHORT[provider]} ${region}`;
}

export function withCloudPlacement(node: CloudNode, provider: CloudProvider, region: string): CloudNode {
  if (node.provider === provider && node.region === region) return node;
  const generated = cloudName(node.provider, node.region);
  const followsName = node.name === generated || node.name.startsWith(`${generated} (`);
  const suffix = followsName ? node.name.slice(generated.length) : '';
  return { ...node, provider, region, name: followsName ? `${cloudName(provider, region)}${suffix}` : node.name };
}
