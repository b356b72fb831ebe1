// The dashboard's static files on fixed routes. The set of servable files is decided once, at
// start-up, from web/ and two vendor bundles; no request ever names a file path on disk.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export const WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));

interface Asset {
  body: Uint8Array;
  type: string;
}

/** URL path → file on disk for the libraries the dashboard loads (their UMD builds set globals). */
function vendorFiles(): Record<string, string> {
  const require = createRequire(import.meta.url);
  // chart.js exports no subpaths, so go through its main entry's folder.
  const chartDist = path.dirname(require.resolve('chart.js'));
  return {
    '/vendor/chart.umd.min.js': path.join(chartDist, 'chart.umd.min.js'),
    '/vendor/cytoscape.min.js': require.resolve('cytoscape/dist/cytoscape.min.js'),
  };
}

/** Every file under web/ with a known type, keyed by its URL path; index.html also answers "/". */
function webFiles(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (TYPES[path.extname(entry.name)]) {
        files['/' + path.relative(root, full).split(path.sep).join('/')] = full;
      }
    }
  };
  walk(root);
  if (files['/index.html']) files['/'] = files['/index.html'];
  return files;
}

export function loadAssets(webRoot: string = WEB_ROOT): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const [urlPath, file] of Object.entries({ ...webFiles(webRoot), ...vendorFiles() })) {
    assets.set(urlPath, { body: readFileSync(file), type: TYPES[path.extname(file)] });
  }
  return assets;
}

export function mountAssets(app: Hono, assets: Map<string, Asset>): void {
  for (const [urlPath, asset] of assets) {
    app.get(urlPath, (c) => {
      c.header('Content-Type', asset.type);
      c.header('Cache-Control', 'no-cache');
      return c.body(asset.body as Uint8Array<ArrayBuffer>);
    });
  }
}
