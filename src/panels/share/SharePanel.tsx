// The Share panel: the link (with its length, copy, and a file instead when it is too long),
// design files (.json, .yaml; open or drop), the diagram as SVG / PNG, and the design a link
// replaced.
import { pickAndOpenFile } from '../../app/file-io';
import { PRACTICAL_LINK_CHARS } from '../../share';
import { useDesignStore } from '../../state/design-store';
import { useBackupStore } from './backup-status';
import { exportPng, exportSvg } from './diagram-export';
import { exportDesign, restorePreviousDesign } from './share-actions';
import { copyText, shareCurrentDesign } from './share-link';
import { useShareStore } from './share-store';
import './share.css';

const fmt = (n: number) => n.toLocaleString('en-US');

export function SharePanel() {
  const link = useShareStore((s) => s.link);
  const design = useDesignStore((s) => s.design);
  const keptAt = useBackupStore((s) => s.keptAt);
  const stale = link !== null && link.design !== design;
  return (
    <div className="form share-panel" data-testid="panel-share-body">
      <details className="section" open>
        <summary>Link</summary>
        <div className="section-body">
          {link === null ? (
            <p className="share-note">
              A link holds the whole design (layout, policies, scenarios; never private keys) in its #fragment, which
              never reaches a server.
            </p>
          ) : (
            <>
              <textarea
                className="field-input share-url"
                readOnly
                value={link.url}
                aria-label="Share link"
                data-testid="share-link-url"
                onFocus={(e) => e.currentTarget.select()}
              />
              <span className={`share-length${link.practical ? '' : ' is-long'}`} data-testid="share-link-length">
                {fmt(link.length)} characters{link.copied ? ' · copied' : ''}
              </span>
              {stale ? <p className="share-note">The design has changed since this link was made.</p> : null}
              {link.practical ? null : (
                <p className="share-warning" data-testid="share-link-too-long">
                  This link is {fmt(link.length)} characters. Chat apps, ticket systems and some browsers cut links
                  longer than about {fmt(PRACTICAL_LINK_CHARS)} characters, so share the design as a file instead.
                </p>
              )}
            </>
          )}
          <div className="share-buttons">
            <button
              type="button"
              className="btn btn-outline"
              data-testid="share-make-link"
              onClick={() => void shareCurrentDesign()}
            >
              {link === null ? 'Make link' : stale ? 'Update link' : 'Make link again'}
            </button>
            {link !== null ? (
              <button
                type="button"
                className="btn btn-outline"
                data-testid="share-copy-link"
                onClick={() =>
                  void copyText(link.url).then((ok) =>
                    useShareStore.setState((s) => (s.link ? { link: { ...s.link, copied: ok } } : s)),
                  )
                }
              >
                Copy
              </button>
            ) : null}
          </div>
        </div>
      </details>
      <details className="section" open>
        <summary>Files</summary>
        <div className="section-body">
          <div className="share-buttons">
            <button
              type="button"
              className="btn btn-outline"
              data-testid="share-save-json"
              onClick={() => exportDesign('json')}
            >
              Save .json
            </button>
            <button
              type="button"
              className="btn btn-outline"
              data-testid="share-save-yaml"
              onClick={() => exportDesign('yaml')}
            >
              Save .yaml
            </button>
            <button type="button" className="btn btn-outline" data-testid="share-open-file" onClick={pickAndOpenFile}>
              Open .json / .yaml…
            </button>
          </div>
          <p className="share-note">Or drop a .json or .yaml design on the canvas to open it.</p>
        </div>
      </details>
      <details className="section" open>
        <summary>Diagram</summary>
        <div className="section-body">
          <div className="share-buttons">
            <button type="button" className="btn btn-outline" data-testid="share-export-svg" onClick={exportSvg}>
              Export SVG
            </button>
            <button
              type="button"
              className="btn btn-outline"
              data-testid="share-export-png"
              onClick={() => void exportPng()}
            >
              Export PNG
            </button>
          </div>
        </div>
      </details>
      {keptAt !== null ? (
        <details className="section" open>
          <summary>Previous design</summary>
          <div className="section-body">
            <p className="share-note">Kept when a share link replaced it, {new Date(keptAt).toLocaleString()}.</p>
            <div className="share-buttons">
              <button
                type="button"
                className="btn btn-outline"
                data-testid="share-restore-previous"
                onClick={restorePreviousDesign}
              >
                Restore previous design
              </button>
            </div>
          </div>
        </details>
      ) : null}
    </div>
  );
}
