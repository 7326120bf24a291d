/**
 * The add-in manifest's checks, read with a real XML parser (saxes, namespace-aware): the shared
 * runtime, the SAKIP functions with their metadata (Indonesian, and English for en-US), the ribbon
 * button, the permissions, the locales, and every URL https under the one base URL. Used offline by
 * `npm run validate` (scripts/addin/validate-manifest.ts) and by test/addin/manifest.test.ts; a
 * failed check throws an AssertionError naming it.
 */
import assert from 'node:assert/strict';
import { FUNCTIONS_NAMESPACE } from '../../addin/functions/function-spec';
import { child, descendants, elements, parseXml, type XmlElement } from './xml-tree';

const APP = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const OVERRIDES = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI_TYPE = '{http://www.w3.org/2001/XMLSchema-instance}type';
/** The one URL not served by the add-in: its help page. */
export const SUPPORT_URL = 'https://github.com/sakip-kit/sakip-kit/blob/main/docs/addin.md';

function only(list: XmlElement[], what: string): XmlElement {
  assert.equal(list.length, 1, `exactly one ${what}`);
  return list[0]!;
}

/** Resource id → its DefaultValue, over bt:Image, bt:Url and bt:String. */
function resources(root: XmlElement): Map<string, XmlElement> {
  const found = new Map<string, XmlElement>();
  for (const e of descendants(root)) {
    if (e.uri !== BT || !['Image', 'Url', 'String'].includes(e.local) || e.attributes.id === undefined) continue;
    assert.ok(!found.has(e.attributes.id), `resource id ${e.attributes.id} is defined once`);
    found.set(e.attributes.id, e);
  }
  return found;
}

function resolve(root: XmlElement, resid: string | undefined): string {
  assert.ok(resid, 'a resid');
  const resource = resources(root).get(resid);
  assert.ok(resource, `resid ${resid} is defined`);
  return resource.attributes.DefaultValue ?? '';
}

/** Every URL-looking attribute value in the manifest. */
function urls(root: XmlElement): string[] {
  return [...descendants(root)].flatMap((e) => Object.values(e.attributes).filter((v) => /^[a-z][a-z0-9+.-]*:\/\//i.test(v)));
}

export function checkManifest(text: string, base: string): XmlElement {
  const root = parseXml(text);
  assert.equal(root.local, 'OfficeApp');
  assert.equal(root.uri, APP);
  assert.equal(root.attributes[XSI_TYPE], 'TaskPaneApp');
  assert.deepEqual(
    elements(root, 'Host', APP).map((h) => h.attributes.Name),
    ['Workbook'],
  );
  assert.equal(only(elements(root, 'Permissions', APP), 'Permissions').text.trim(), 'ReadWriteDocument');

  // Requirements: the shared runtime and custom functions.
  const sets = new Map(elements(root, 'Set', APP).map((s) => [s.attributes.Name, s.attributes.MinVersion]));
  assert.equal(sets.get('SharedRuntime'), '1.1');
  assert.ok(sets.has('CustomFunctionsRuntime'), 'requires CustomFunctionsRuntime');

  // One long-lived runtime: the task pane page, which also hosts the functions.
  const overrides = only(elements(root, 'VersionOverrides', OVERRIDES), 'VersionOverrides');
  assert.equal(overrides.attributes[XSI_TYPE], 'VersionOverridesV1_0');
  const runtime = only(elements(overrides, 'Runtime', OVERRIDES), 'Runtime');
  assert.equal(runtime.attributes.lifetime, 'long');
  const taskpaneUrl = resolve(root, runtime.attributes.resid);
  assert.equal(taskpaneUrl, `${base}/taskpane.html`);

  // Custom functions: script, page (the shared runtime), metadata, namespace SAKIP.
  const functions = only(
    elements(overrides, 'ExtensionPoint', OVERRIDES).filter((e) => e.attributes[XSI_TYPE] === 'CustomFunctions'),
    'CustomFunctions extension point',
  );
  const location = (name: string): string => resolve(root, child(child(functions, name)!, 'SourceLocation')?.attributes.resid);
  assert.equal(location('Script'), `${base}/functions.js`);
  assert.equal(location('Page'), taskpaneUrl);
  assert.equal(location('Metadata'), `${base}/functions.json`);
  // The English metadata (functions.en-US.json, generated from the registry) for Excel in en-US.
  const metadataUrl = resources(root).get(child(child(functions, 'Metadata')!, 'SourceLocation')?.attributes.resid ?? '');
  const metadataEnglish = metadataUrl?.children.filter((o) => o.local === 'Override' && o.attributes.Locale === 'en-US') ?? [];
  assert.equal(metadataEnglish.length, 1, 'the functions metadata has an en-US override');
  assert.equal(metadataEnglish[0]!.attributes.Value, `${base}/functions.en-US.json`);
  assert.equal(resolve(root, child(functions, 'Namespace')?.attributes.resid), FUNCTIONS_NAMESPACE);

  // A ribbon button on the desktop that opens the pane.
  const surface = only(
    elements(overrides, 'ExtensionPoint', OVERRIDES).filter((e) => e.attributes[XSI_TYPE] === 'PrimaryCommandSurface'),
    'PrimaryCommandSurface',
  );
  const action = only(
    elements(surface, 'Action', OVERRIDES).filter((a) => a.attributes[XSI_TYPE] === 'ShowTaskpane'),
    'ShowTaskpane action',
  );
  assert.equal(resolve(root, child(action, 'SourceLocation')?.attributes.resid), taskpaneUrl);
  assert.equal(elements(root, 'DesktopFormFactor', OVERRIDES).length, 1);

  // Every resid points at a resource.
  for (const e of descendants(root)) if (e.attributes.resid !== undefined) resolve(root, e.attributes.resid);

  // Locales: Indonesian by default, English overrides on everything a user reads.
  assert.equal(only(elements(root, 'DefaultLocale', APP), 'DefaultLocale').text.trim(), 'id-ID');
  const texts = [
    only(elements(root, 'DisplayName', APP), 'DisplayName'),
    only(elements(root, 'Description', APP), 'Description'),
    ...elements(root, 'String', BT).filter((s) => s.attributes.id !== child(functions, 'Namespace')?.attributes.resid),
  ];
  assert.ok(texts.length >= 5, 'display name, description and the ribbon texts');
  for (const t of texts) {
    const english = t.children.filter((o) => o.local === 'Override' && o.attributes.Locale === 'en-US');
    assert.equal(english.length, 1, `${t.local} ${t.attributes.id ?? ''} has an en-US override`);
    assert.ok((english[0]!.attributes.Value ?? '').trim() !== '', 'the override has a value');
  }

  // URLs: all https; everything but the help page is under the base URL.
  const all = urls(root);
  assert.ok(all.length >= 8, 'icons, pages, scripts and metadata');
  for (const url of all) {
    assert.ok(url.startsWith('https://'), `${url} is https`);
    if (url !== SUPPORT_URL) assert.ok(url.startsWith(`${base}/`), `${url} is under ${base}`);
  }
  return root;
}

/** The files under the base URL that the manifest points at. */
export function hostedFiles(root: XmlElement, base: string): string[] {
  return [...new Set(urls(root).filter((u) => u.startsWith(`${base}/`)).map((u) => u.slice(base.length + 1)))].sort();
}

