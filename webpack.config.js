/**
 * Build of the Excel add-in into dist/: functions.js + functions.json (custom functions, metadata
 * generated from JSDoc), taskpane.js + taskpane.html (one page hosting both: the shared runtime),
 * assets/ (icons) and manifest.xml with every URL under ADDIN_BASE_URL (default
 * https://localhost:3000). `npm run dev-server` serves dist/ over https with the Office dev
 * certificates; a plain build never touches certificates.
 */
'use strict';

const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { baseUrlFromEnv, renderManifest } = require('./addin/build/manifest-template.cjs');

const FUNCTIONS_SOURCE = './addin/functions/functions.ts';
const DEV_SERVER_PORT = 3000;

/**
 * The metadata plugin also appends `CustomFunctions.associate(...)` calls to the functions file
 * through a loader. functions.ts makes those calls itself (so they run and are tested in Node),
 * so this keeps the generated functions.json and drops the duplicate calls.
 */
class FunctionsMetadataPlugin extends CustomFunctionsMetadataPlugin {
  apply(compiler) {
    super.apply(compiler);
    const associateLoader = require.resolve('custom-functions-metadata-plugin/lib/loader.js');
    compiler.hooks.compilation.tap('FunctionsMetadataPlugin', (compilation) => {
      compiler.webpack.NormalModule.getCompilationHooks(compilation).beforeLoaders.tap('FunctionsMetadataPlugin', (_, module) => {
        module.loaders = module.loaders.filter((entry) => entry.loader !== associateLoader);
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
      new FunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: 'functions.json' }),
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
