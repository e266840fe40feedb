// monaco-yaml's language-server worker. A one-line local file so `vite dev` pre-bundles it
// like any other worker entry (see shared/TOOLCHAIN.md); the build treats it the same way.
import 'monaco-yaml/yaml.worker.js';
