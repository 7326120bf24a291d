/**
 * The add-in manifest, read with a real XML parser: the source manifest.xml, the build's
 * dist/manifest.xml and the manifest rendered for a production base URL must each declare the
 * shared runtime, the SAKIP functions, the ribbon button, the permissions and the locales, and
 * every URL must be https under the one base URL.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseUrlFromEnv, DEV_BASE_URL, renderManifest } from '../../addin/build/manifest-template.cjs';
import { crc32, ICON_SIZES, iconFileName } from '../../scripts/make-icons';
import { checkManifest, hostedFiles } from '../../scripts/addin/manifest-checks';

const ROOT = join(__dirname, '..', '..');
const PRODUCTION_BASE = 'https://sakip.example.go.id';
const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

describe('add-in manifest', () => {
  it('source: shared runtime, SAKIP functions, ribbon button, permissions, locales, https dev URLs', () => {
    const root = checkManifest(source, DEV_BASE_URL);
    assert.deepEqual(hostedFiles(root, DEV_BASE_URL), [
      'assets/icon-16.png',
      'assets/icon-32.png',
      'assets/icon-64.png',
      'assets/icon-80.png',
      'functions.en-US.json',
      'functions.js',
      'functions.json',
      'taskpane.html',
    ]);
  });

  it('dist: the build wrote it for its base URL, and every file it names was built', () => {
    const path = join(ROOT, 'dist', 'manifest.xml');
    assert.ok(existsSync(path), 'dist/manifest.xml is missing: run `npm run build` first (npm test does)');
    const base = baseUrlFromEnv(process.env);
    const root = checkManifest(readFileSync(path, 'utf8'), base);
    for (const file of hostedFiles(root, base)) assert.ok(existsSync(join(ROOT, 'dist', file)), `dist/${file} exists`);
  });

  it('production: every hosted URL uses ADDIN_BASE_URL', () => {
    const base = baseUrlFromEnv({ ADDIN_BASE_URL: `${PRODUCTION_BASE}/` });
    assert.equal(base, PRODUCTION_BASE);
    const rendered = renderManifest(source, base);
    assert.ok(!rendered.includes('localhost'), 'no dev URL is left');
    const root = checkManifest(rendered, PRODUCTION_BASE);
    assert.equal(hostedFiles(root, PRODUCTION_BASE).length, 8);
    checkManifest(renderManifest(source, 'https://pemda.example.go.id/sakip'), 'https://pemda.example.go.id/sakip');
  });

  it('takes the dev server without ADDIN_BASE_URL and refuses a base URL that is not plain https', () => {
    assert.equal(baseUrlFromEnv({}), 'https://localhost:3000');
    assert.equal(baseUrlFromEnv({ ADDIN_BASE_URL: '  ' }), 'https://localhost:3000');
    assert.throws(() => baseUrlFromEnv({ ADDIN_BASE_URL: 'http://sakip.example.go.id' }), /harus https/);
    assert.throws(() => baseUrlFromEnv({ ADDIN_BASE_URL: 'sakip.example.go.id' }), /bukan URL/);
    assert.throws(() => baseUrlFromEnv({ ADDIN_BASE_URL: 'https://sakip.example.go.id/?a=1&b=2' }), /query/);
    assert.throws(() => renderManifest('<OfficeApp/>', PRODUCTION_BASE), /tidak memuat/);
  });
});

describe('add-in icons', () => {
  it('are real PNGs of the sizes their names say, with valid chunks', () => {
    for (const size of ICON_SIZES) {
      const png = readFileSync(join(ROOT, 'addin', 'assets', iconFileName(size)));
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${size}: signature`);
      const types: string[] = [];
      for (let at = 8; at < png.length; ) {
        const length = png.readUInt32BE(at);
        const body = png.subarray(at + 4, at + 8 + length);
        types.push(body.subarray(0, 4).toString('ascii'));
        assert.equal(png.readUInt32BE(at + 8 + length), crc32(body), `${size}: CRC of ${types.at(-1)}`);
        at += 12 + length;
      }
      assert.deepEqual(types, ['IHDR', 'IDAT', 'IEND'], `${size}: chunks`);
      assert.equal(png.readUInt32BE(16), size, `${size}: width`);
      assert.equal(png.readUInt32BE(20), size, `${size}: height`);
    }
  });
});
