// Monaco's own worker (diff computation, word ranges), loaded through Vite's `?worker` so it
// is bundled with the app and never fetched from a CDN.
import 'monaco-editor/editor/editor.worker';
