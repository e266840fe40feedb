// The export view: pick a router platform per node (default: the node's own), preview every
// device's files read-only and highlighted, diff them against the previous download, read what
// each platform cannot express, rotate keys, and download one .zip. Registered in app/registry.ts.
import './export.css';
import { useMemo } from 'react';
import { zipBundle } from '../../exporters/bundle/zip';
import { getExporter } from '../../exporters/index';
import type { Capabilities, ExportFile } from '../../exporters/types';
import { PLATFORMS, type Platform } from '../../model/enums';
import { CodeViewer, DiffViewer } from '../../monaco';
import { browserKeyStores } from '../../state/keystore';
import { bundleFileName, changesSince, type FileChange, groupByDevice, languageOf } from './export-model';
import { keysRotated, pickPlatform, rememberDownload, selectFile, setShowDiff, useExportView } from './export-store';
import { useExportBundle } from './use-export-bundle';

const PLATFORM_LABELS: Record<Platform, string> = {
  frr: 'FRR',
  'ios-xe': 'Cisco IOS-XE',
  junos: 'Juniper Junos',
  eos: 'Arista EOS',
};

export default function ExportPanel() {
  const state = useExportBundle();
  const { picks, selectedPath, showDiff, previous } = useExportView();
  const files = state.status === 'ready' ? state.bundle.files : [];
  const groups = useMemo(() => groupByDevice(files), [files]);
  const changes = useMemo(() => changesSince(previous, files), [previous, files]);
  const selected = files.find((f) => f.path === selectedPath) ?? files[0];

  const download = () => {
    if (state.status !== 'ready') return;
    const bytes = zipBundle(state.bundle.files);
    const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/zip' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = bundleFileName(state.bundle.inventory.design);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    rememberDownload(state.bundle.files);
  };

  const rotate = async () => {
    if (
      !window.confirm(
        'Rotate every WireGuard key pair and pre-shared key? Deployed tunnels keep working only after the new files are deployed on both ends.',
      )
    )
      return;
    const stores = browserKeyStores();
    await stores.wireguard.rotate();
    await stores.psk.rotate();
    keysRotated();
  };

  return (
    <div className="export" data-testid="export-panel">
      <div className="export-toolbar">
        <button type="button" data-testid="export-download" disabled={state.status !== 'ready'} onClick={download}>
          Download .zip
        </button>
        <button type="button" data-testid="export-rotate-keys" onClick={() => void rotate()}>
          Rotate keys
        </button>
        <label className="export-toggle">
          <input
            type="checkbox"
            data-testid="export-show-diff"
            checked={showDiff}
            onChange={(e) => setShowDiff(e.target.checked)}
          />
          Diff with previous download
        </label>
        <span className="export-summary" data-testid="export-summary">
          {state.status === 'ready'
            ? `${state.devices.length} devices, ${files.length} files, ${state.bundle.warnings.length} warnings`
            : state.status === 'preparing'
              ? 'Preparing keys…'
              : 'Cannot export'}
        </span>
      </div>
      {state.status === 'error' ? (
        <pre className="export-error" role="alert" data-testid="export-error">
          {state.message}
        </pre>
      ) : null}
      {state.status === 'ready' && !state.persistentKeys ? (
        <p className="export-note" role="status">
          This browser has no IndexedDB: keys live only until the page closes, so every visit makes new ones.
        </p>
      ) : null}
      <div className="export-body">
        <div className="export-devices" data-testid="export-devices">
          {groups.map((group) => {
            const device = state.devices.find((d) => d.hostname === group.device);
            return (
              <div
                key={group.device || '(bundle)'}
                className="export-device"
                data-testid={`export-device-${group.device || 'bundle'}`}
              >
                <div className="export-device-head">
                  <span className="export-device-name">{group.device || 'Bundle'}</span>
                  {device ? (
                    <select
                      aria-label={`Platform of ${device.hostname}`}
                      title={cannotExpress(picks[device.nodeId] ?? device.platform)}
                      data-testid={`export-platform-${device.nodeId}`}
                      value={picks[device.nodeId] ?? device.platform}
                      onChange={(e) => pickPlatform(device.nodeId, e.target.value as Platform)}
                    >
                      {PLATFORMS.map((p) => (
                        <option key={p} value={p}>
                          {PLATFORM_LABELS[p]}
                        </option>
                      ))}
                    </select>
                  ) : null}
                </div>
                {group.files.map((file) => (
                  <FileButton key={file.path} file={file} change={changes?.get(file.path)} active={file === selected} />
                ))}
              </div>
            );
          })}
        </div>
        <div className="export-preview" data-testid="export-preview">
          {selected ? (
            <>
              <div className="export-preview-title" data-testid="export-preview-path">
                {selected.path}
              </div>
              <div className="export-preview-code">
                {showDiff ? (
                  previous ? (
                    <DiffViewer
                      inline
                      original={previous.get(selected.path) ?? ''}
                      modified={selected.content}
                      language={languageOf(selected.path)}
                    />
                  ) : (
                    <p className="export-note" data-testid="export-no-previous">
                      Nothing downloaded yet in this session: download once, change the design, and the diff shows what
                      changed.
                    </p>
                  )
                ) : (
                  <CodeViewer value={selected.content} language={languageOf(selected.path)} ariaLabel={selected.path} />
                )}
              </div>
            </>
          ) : null}
        </div>
        <div className="export-warnings" data-testid="export-warnings">
          <div className="export-warnings-head">What the platforms cannot express</div>
          {state.status === 'ready' && state.bundle.warnings.length + state.bundle.problems.length === 0 ? (
            <p className="export-note">Nothing: every feature of the design is in the files.</p>
          ) : null}
          <ul>
            {state.status === 'ready'
              ? [
                  ...state.bundle.problems.map((p) => (
                    <li
                      key={`p|${p.elementId}|${p.message}`}
                      className={`export-warning severity-${p.severity}`}
                      data-testid="export-warning"
                    >
                      <strong>{p.elementId}</strong> {p.message}
                    </li>
                  )),
                  ...uniqueWarnings(state.bundle.warnings).map((w) => (
                    <li
                      key={`w|${w.device}|${w.platform}|${w.message}`}
                      className="export-warning"
                      data-testid="export-warning"
                    >
                      <strong>
                        {w.device} · {w.platform}
                      </strong>{' '}
                      {w.message}
                    </li>
                  )),
                ]
              : null}
          </ul>
        </div>
      </div>
    </div>
  );
}

const CAPABILITY_LABELS: Record<keyof Capabilities, string> = {
  bgp: 'BGP',
  routeMaps: 'route-maps',
  bfd: 'BFD',
  pbr: 'PBR',
  slaProbes: 'SLA probes',
  ipsec: 'IPsec',
  wireguard: 'WireGuard',
};

/** The platform's capabilities (data on each exporter) as a tooltip: what it cannot express. */
function cannotExpress(platform: Platform): string {
  const exporter = getExporter(platform);
  if (!exporter) return `${PLATFORM_LABELS[platform]}: no exporter in this build`;
  const missing = (Object.keys(CAPABILITY_LABELS) as (keyof Capabilities)[]).filter((c) => !exporter.capabilities[c]);
  return missing.length === 0
    ? `${exporter.label}: expresses every feature`
    : `${exporter.label} cannot express: ${missing.map((c) => CAPABILITY_LABELS[c]).join(', ')} (warned below)`;
}

/** The same warning twice (one per file of a device) is listed once. */
function uniqueWarnings<W extends { device: string; platform: string; message: string }>(warnings: readonly W[]): W[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.device}|${w.platform}|${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function FileButton({ file, change, active }: { file: ExportFile; change: FileChange | undefined; active: boolean }) {
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  return (
    <button
      type="button"
      className={`export-file${active ? ' active' : ''}`}
      data-testid={`export-file-${file.path}`}
      aria-pressed={active}
      onClick={() => selectFile(file.path)}
    >
      {name}
      {change && change !== 'same' ? <span className={`export-change ${change}`}>{change}</span> : null}
    </button>
  );
}
