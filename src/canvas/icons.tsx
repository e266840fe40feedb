// One recognisable glyph per node kind (building, shield-gateway, cloud, globe), drawn inline so
// they follow the theme colour and cost no request.
import type { NodeKind } from '../model';

interface IconProps {
  size?: number;
}

export function KindIcon({ kind, size = 22 }: IconProps & { kind: NodeKind }) {
  switch (kind) {
    case 'site':
      return <SiteIcon size={size} />;
    case 'hub':
      return <HubIcon size={size} />;
    case 'cloud':
      return <CloudIcon size={size} />;
    case 'internet':
      return <InternetIcon size={size} />;
  }
}

function Svg({ size, children }: { size: number; children: React.ReactNode }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}

export function SiteIcon({ size = 22 }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M4 21V5a1 1 0 0 1 1-1h8a1 1 0 0 1 1 1v16" />
      <path d="M14 10h5a1 1 0 0 1 1 1v10" />
      <path d="M2 21h20" />
      <path d="M7.5 8h3M7.5 12h3M7.5 16h3M17 14v.01M17 18v.01" />
    </Svg>
  );
}

export function HubIcon({ size = 22 }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M12 2.5 4 5.5v6c0 5 3.4 8.7 8 10 4.6-1.3 8-5 8-10v-6z" />
      <path d="M8.5 12h7M13 9l3 3-3 3" />
    </Svg>
  );
}

export function CloudIcon({ size = 22 }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M7 18.5a4.5 4.5 0 0 1-.6-8.96A6 6 0 0 1 18 8.5a4.5 4.5 0 0 1-.5 10z" />
    </Svg>
  );
}

export function InternetIcon({ size = 22 }: IconProps) {
  return (
    <Svg size={size}>
      <circle cx="12" cy="12" r="9.5" />
      <path d="M2.5 12h19M12 2.5c2.6 2.7 3.9 5.8 3.9 9.5s-1.3 6.8-3.9 9.5c-2.6-2.7-3.9-5.8-3.9-9.5S9.4 5.2 12 2.5z" />
    </Svg>
  );
}
