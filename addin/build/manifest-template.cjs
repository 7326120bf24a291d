/**
 * The add-in's one base URL, and the manifest with it. The source manifest.xml writes every
 * hosted URL under DEV_BASE_URL (the dev server); the build swaps in ADDIN_BASE_URL.
 * CommonJS, so webpack.config.js and the tests use the same code.
 */
'use strict';

const DEV_BASE_URL = 'https://localhost:3000';

/**
 * The base URL from the environment: ADDIN_BASE_URL, else the dev server. Must be https with no
 * query or fragment; a trailing slash is dropped.
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
function baseUrlFromEnv(env) {
  const text = (env.ADDIN_BASE_URL ?? '').trim();
  return text === '' ? DEV_BASE_URL : checkBaseUrl(text);
}

/** @param {string} text @returns {string} */
function checkBaseUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_BASE_URL "${text}" bukan URL (is not a URL)`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL "${text}" harus https (must be https)`);
  if (url.search !== '' || url.hash !== '' || /[&<>"'\s]/.test(text)) {
    throw new Error(`ADDIN_BASE_URL "${text}" tidak boleh memuat query, fragmen atau karakter khusus (no query, fragment or special characters)`);
  }
  return text.replace(/\/+$/, '');
}

/**
 * The manifest with every DEV_BASE_URL replaced by `baseUrl`.
 * @param {string} source the source manifest.xml
 * @param {string} baseUrl
 * @returns {string}
 */
function renderManifest(source, baseUrl) {
  const base = checkBaseUrl(baseUrl);
  if (!source.includes(DEV_BASE_URL)) throw new Error(`manifest.xml tidak memuat ${DEV_BASE_URL} (does not contain the dev base URL)`);
  return source.split(DEV_BASE_URL).join(base);
}

module.exports = { DEV_BASE_URL, baseUrlFromEnv, checkBaseUrl, renderManifest };
