// Bundles src/charts.js with the parts of ECharts it uses into one minified file the jar serves
// as /static/charts.js, and copies the licences of what the bundle contains beside it.
// Run: npm ci && npm run build (from src/main/web); commit the output with the source.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const out = '../resources/web';
const result = await build({
  entryPoints: ['src/charts.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2019'],
  legalComments: 'none',
  // ECharts prints development warnings only when __DEV__ is true
  define: { __DEV__: 'false', 'process.env.NODE_ENV': '"production"' },
  outfile: `${out}/charts.js`,
  metafile: true,
});
const banner = '/*! ReliefArchive charts. Includes Apache ECharts (Apache-2.0), ZRender '
  + '(BSD-3-Clause) and tslib (0BSD): see charts.LICENSE.txt */\n';
const js = readFileSync(`${out}/charts.js`, 'utf8');
writeFileSync(`${out}/charts.js`, banner + js);

const licences = [
  ['Apache ECharts', 'node_modules/echarts/LICENSE'],
  ['Apache ECharts NOTICE', 'node_modules/echarts/NOTICE'],
  ['ZRender', 'node_modules/zrender/LICENSE'],
  ['tslib', 'node_modules/tslib/LICENSE.txt'],
];
const versions = ['echarts', 'zrender', 'tslib'].map((p) =>
  `${p} ${JSON.parse(readFileSync(`node_modules/${p}/package.json`, 'utf8')).version}`);
writeFileSync(`${out}/charts.LICENSE.txt`,
  `charts.js bundles: ${versions.join(', ')}.\n\n`
  + licences.map(([name, file]) => `==== ${name} ====\n\n${readFileSync(file, 'utf8')}`)
    .join('\n\n'));

const size = Buffer.byteLength(banner + js);
console.log(`charts.js: ${size} bytes, ${gzipSync(banner + js).length} gzipped`);
