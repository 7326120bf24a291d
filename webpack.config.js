/**
 * Build of the Excel add-in into dist/: functions.js + functions.json and functions.en-US.json
 * (custom functions; the metadata generated from the function registry, addin/functions/registry.ts),
 * taskpane.js + taskpane.html (one page hosting both: the shared runtime),
 * assets/ (icons) and manifest.xml with every URL under ADDIN_BASE_URL (default
 * https://localhost:3000). `npm run dev-server` serves dist/ over https with the Office dev
 * certificates; a plain build never touches certificates.
 */
'use strict';

const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { baseUrlFromEnv, renderManifest } = require('./addin/build/manifest-template.cjs');

const FUNCTIONS_SOURCE = './addin/functions/functions.ts';
const DEV_SERVER_PORT = 3000;

const METADATA_SOURCE = './addin/functions/metadata.ts';

/**
 * Emits the custom functions metadata, functions.json (Indonesian) and functions.en-US.json, from
 * the function registry (addin/functions/metadata.ts, loaded through tsx), and rebuilds it in watch
 * mode when the registry changes.
 */
class FunctionsMetadataPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('FunctionsMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'FunctionsMetadataPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        // Fresh on every (watch) compilation: drop what an earlier one loaded of the sources.
        for (const key of Object.keys(require.cache)) if (key.startsWith(path.join(__dirname, 'addin')) || key.startsWith(path.join(__dirname, 'shared'))) delete require.cache[key];
        const tsx = require('tsx/cjs/api');
        const { METADATA_FILE, metadataText } = tsx.require(METADATA_SOURCE, __filename);
        for (const lang of ['id', 'en']) compilation.emitAsset(METADATA_FILE[lang], new sources.RawSource(metadataText(lang)));
        for (const file of ['function-spec.ts', 'registry.ts', 'metadata.ts']) compilation.fileDependencies.add(path.resolve(__dirname, 'addin/functions', file));
      });
    });
  }
}

/** @param {Record<string, unknown>} env @param {{ mode?: string }} argv */
module.exports = async (env, argv) => {
  const production = argv.mode !== 'development';
  const baseUrl = baseUrlFromEnv(process.env);

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    context: __dirname,
    entry: {
      functions: FUNCTIONS_SOURCE,
      taskpane: './addin/taskpane/taskpane.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'addin/tsconfig.browser.json'),
            },
          },
        },
      ],
    },
    plugins: [
      new FunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './addin/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        inject: 'head',
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'addin/assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => renderManifest(content.toString('utf8'), baseUrl),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: env.WEBPACK_SERVE ? await devServer() : undefined,
  };
};

/** Only when serving: certificates come from office-addin-dev-certs (installed on first use). */
async function devServer() {
  const devCerts = require('office-addin-dev-certs');
  return {
    port: DEV_SERVER_PORT,
    headers: { 'Access-Control-Allow-Origin': '*' },
    static: false,
    server: {
      type: 'https',
      options: await devCerts.getHttpsServerOptions(),
    },
  };
}
