// Trunk post-build hook: moves Trunk's inline module script (which loads the wasm) into
// its own file, so the page runs under a strict Content-Security-Policy
// (`script-src 'self' 'wasm-unsafe-eval'`, no 'unsafe-inline'). The file is named by a
// hash of its content, like Trunk's own files, so a new build is never served stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('externalize-loader: TRUNK_STAGING_DIR is not set (run by Trunk as a post_build hook)');
  process.exit(1);
}
const page = join(dir, 'index.html');
const html = readFileSync(page, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/g;
const scripts = [...html.matchAll(inline)];
if (scripts.length !== 1) {
  console.error(`externalize-loader: expected one inline module script in index.html, found ${scripts.length}`);
  process.exit(1);
}
const code = scripts[0][1].trim() + '\n';
const name = `loader-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
writeFileSync(page, html.replace(scripts[0][0], `<script type="module" src="./${name}"></script>`));
console.log(`externalize-loader: ${name}`);
