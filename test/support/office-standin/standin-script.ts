/**
 * The browser script the end-to-end test serves in place of Office.js from the CDN: the stand-in
 * bundled by esbuild into one classic script, preceded by its configuration (the workbook snapshot).
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { CONFIG_GLOBAL, type StandinConfig } from './snapshot';

const ENTRY = join(__dirname, 'browser-entry.ts');

let bundled: Promise<string> | undefined;

function bundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

export async function standinScript(config: StandinConfig): Promise<string> {
  // JSON text is a valid JS expression; `<` is escaped in case the script is ever inlined.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `globalThis.${CONFIG_GLOBAL} = ${json};\n${await bundle()}`;
}
