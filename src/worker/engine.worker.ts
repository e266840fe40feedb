// The engine in a web worker, so a big design or a sweep never freezes the canvas.
import { exposeEngine } from './engine-worker-api';

exposeEngine(self as unknown as Parameters<typeof exposeEngine>[0]);
