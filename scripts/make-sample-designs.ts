// Writes the built-in designs to public/designs/ (served to the app, and the fixtures every
// test suite reads). Run after changing src/model/samples: `npx tsx scripts/make-sample-designs.ts`.
import { writeFileSync } from 'node:fs';
import { SAMPLES } from '../src/model/samples';
import { serializeDesignJson } from '../src/model/serialize';

const index = SAMPLES.map((s) => {
  const design = s.build();
  writeFileSync(`public/designs/${s.file}`, serializeDesignJson(design));
  return { file: s.file, title: s.title, description: design.meta.description, nodes: design.nodes.length };
});
writeFileSync('public/designs/index.json', `${JSON.stringify(index, null, 2)}\n`);
console.log(`wrote ${index.length} designs to public/designs/`);
