// Colour scales shared by the canvas overlay and the legend, so both always say the same thing.
// Pure: numbers in, CSS colours out.

export interface HeatBand {
  /** Upper bound of the band (exclusive), as a fraction: 0.5 = 50 %. */
  below: number;
  color: string;
  label: string;
}

/** Link utilisation bands: quiet links fade, busy ones warm up, overloaded ones shout. */
export const UTILISATION_BANDS: readonly HeatBand[] = [
  { below: 0.5, color: '#64748b', label: 'under 50 %' },
  { below: 0.8, color: '#d97706', label: '50–80 %' },
  { below: 1, color: '#ea580c', label: '80–100 %' },
  { below: Number.POSITIVE_INFINITY, color: '#eab308', label: 'over capacity' },
];

/** The warning colour of an over-capacity link: hazard yellow, a hue no sample class uses and
 * far from the reds and oranges classes favour; drawn thick so it reads on a light canvas. */
export const WARNING_COLOR = '#eab308';
/** Over-capacity links are drawn at least this wide. */
export const WARNING_MIN_WIDTH = 5;
/** A failed element in what-if mode. A theme variable (styles/app.css --failed-link): no single
 * colour reads on both canvases; near-black vanished on the dark one. */
export const FAILED_COLOR = 'var(--failed-link)';
/** An element that is degraded (added latency / loss) but up. */
export const DEGRADED_COLOR = '#a16207';
/** Traffic with no class colour (should not happen; keeps the canvas drawable). */
export const NEUTRAL_COLOR = '#475569';

export function utilisationColor(utilisation: number): string {
  const u = Number.isFinite(utilisation) ? Math.max(0, utilisation) : 0;
  for (const band of UTILISATION_BANDS) if (u < band.below) return band.color;
  return WARNING_COLOR;
}

/** "37 %", "112 %": rounded, never "NaN %". */
export function formatUtilisation(utilisation: number): string {
  if (!Number.isFinite(utilisation) || utilisation < 0) return '0 %';
  return `${Math.round(utilisation * 100)} %`;
}

/** Criticality bands for the resilience heat map (see overlay/criticality.ts for the score). */
export const CRITICALITY_BANDS: readonly HeatBand[] = [
  { below: 0.001, color: '#cbd5e1', label: 'no impact' },
  { below: 0.34, color: '#facc15', label: 'traffic moves, nothing breaks' },
  { below: 0.67, color: '#f97316', label: 'flows break' },
  { below: Number.POSITIVE_INFINITY, color: '#dc2626', label: 'cuts off a critical class (SPOF)' },
];

export function criticalityColor(score: number): string {
  const s = Number.isFinite(score) ? Math.max(0, score) : 0;
  for (const band of CRITICALITY_BANDS) if (s < band.below) return band.color;
  return CRITICALITY_BANDS[CRITICALITY_BANDS.length - 1]!.color;
}

/** Edge stroke width from the share of traffic it carries: 2 px at rest, up to 8 px. */
export function widthForMbps(mbps: number, maxMbps: number): number {
  if (!(maxMbps > 0) || !(mbps > 0)) return 2;
  return Math.round((2 + 6 * Math.min(1, mbps / maxMbps)) * 10) / 10;
}
