#!/usr/bin/env node
// The `egress` bin: runs the TypeScript CLI through tsx (Node 20 cannot strip types itself).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
