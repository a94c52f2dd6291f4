// `npm run build:fonts`: writes each bundled face's compact shaping data beside it (assets/fonts/<face>.shaping.json),
// read at run time by main/pdf/fonts/compact-shaping.ts. Run it after changing a font or fontkit.
import { writeFileSync } from 'node:fs';
import { shapedFaces, shapingFile } from './font-shaping-data.mjs';

for (const { font, data } of shapedFaces('assets/fonts')) writeFileSync(data, shapingFile(font));
