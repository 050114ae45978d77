// `npm run package`: builds the bundles and packs corresp-<version>.vsix with @vscode/vsce, offline.
// vsce lives in .cache/e2e-tools (installed by test/e2e/install.sh), not in package.json, to keep `npm ci` fast.
// The bundles inline every runtime dependency, so the .vsix needs no node_modules (--no-dependencies);
// .vscodeignore lists what goes in.
//
//   node scripts/package.mjs [--out <file.vsix>] [--no-build]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const outIndex = args.indexOf('--out');
const out = path.resolve(root, outIndex >= 0 ? args[outIndex + 1] : `${manifest.name}-${manifest.version}.vsix`);

const cache = process.env.CORRESP_CACHE || path.join(root, '.cache');
const vsce = path.join(cache, 'e2e-tools', 'node_modules', '@vscode', 'vsce', 'vsce');
if (!fs.existsSync(vsce)) {
  console.error(`@vscode/vsce is not installed in ${path.dirname(vsce)}; run: bash test/e2e/install.sh`);
  process.exit(1);
}

const run = (cmd, argv) => execFileSync(cmd, argv, { cwd: root, stdio: 'inherit' });

if (!args.includes('--no-build')) run(process.execPath, [path.join(root, 'scripts', 'build.mjs')]);
for (const entry of [manifest.main, 'server/out/server.js', 'server/out/language-server.js', 'server/out/drafting.js']) {
  if (entry && !fs.existsSync(path.join(root, entry))) {
    console.error(`${entry} is missing: the build did not produce it`);
    process.exit(1);
  }
}

const vsceArgs = ['package', '--no-dependencies', '--out', out];
// Without a repository field vsce would stop and ask; the package is not published, so it need not have one.
if (!manifest.repository) vsceArgs.push('--allow-missing-repository');
if (!['LICENSE', 'LICENSE.md', 'LICENSE.txt'].some((f) => fs.existsSync(path.join(root, f)))) {
  console.warn('warning: no LICENSE file; packaging without one');
  vsceArgs.push('--skip-license');
}
run(process.execPath, [vsce, ...vsceArgs]);

const { size } = fs.statSync(out);
console.log(`${path.relative(root, out)}: ${(size / 1024).toFixed(1)} KiB`);
