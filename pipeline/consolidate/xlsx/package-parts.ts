/**
 * The package's fixed parts, written when the sheets are done: the workbook (sheets, print-title
 * names, full recalculation on load), its relationships, the content types, the document
 * properties. Extra parts (drawings, charts) are listed in `extraParts` with their content
 * types; their relationships live in their own `_rels` parts, written by whoever adds them.
 */
import { excelSheetName } from './excel-limits';
import { CONTENT_TYPE, NS_MAIN, NS_R, REL, relationshipsXml, XML_HEAD } from './xml-names';
import { xmlText } from './xml-text';

export interface SheetEntry {
  readonly name: string;
  readonly index: number;
  readonly printTitles: boolean;
}

export interface WorkbookProperties {
  readonly creator: string;
  readonly lastModifiedBy: string;
  readonly title: string;
  readonly subject: string;
  readonly created: Date;
  readonly modified: Date;
}

/** A part beyond the fixed ones: its name in the package and its content type. */
export interface ExtraPart {
  readonly name: string;
  readonly contentType: string;
}

/** Sheet names as Excel accepts them, in order (see excelSheetName). */
export function excelSheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((name) => excelSheetName(name, taken));
}

/** `'Sheet name'` quoted for a formula or a defined name. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function workbookXml(sheets: readonly SheetEntry[]): string {
  const names = sheets.filter((s) => s.printTitles);
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/><sheets>` +
    sheets.map((s) => `<sheet name="${xmlText(s.name)}" sheetId="${s.index}" state="visible" r:id="rId${s.index + 3}"/>`).join('') +
    '</sheets>' +
    (names.length
      ? `<definedNames>${names.map((s) => `<definedName name="_xlnm.Print_Titles" localSheetId="${s.index - 1}">${xmlText(`${quotedSheetName(s.name)}!$1:$1`)}</definedName>`).join('')}</definedNames>`
      : '') +
    '<calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>'
  );
}

export function workbookRelsXml(sheets: readonly SheetEntry[]): string {
  return relationshipsXml([
    `<Relationship Id="rId1" Type="${REL.styles}" Target="styles.xml"/>`,
    `<Relationship Id="rId2" Type="${REL.theme}" Target="theme/theme1.xml"/>`,
    ...sheets.map((s) => `<Relationship Id="rId${s.index + 3}" Type="${REL.worksheet}" Target="worksheets/sheet${s.index}.xml"/>`),
  ]);
}

export function contentTypesXml(sheets: readonly SheetEntry[], extraParts: readonly ExtraPart[]): string {
  const override = (name: string, type: string): string => `<Override PartName="/${xmlText(name)}" ContentType="${type}"/>`;
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    override('xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml') +
    sheets.map((s) => override(`xl/worksheets/sheet${s.index}.xml`, CONTENT_TYPE.worksheet)).join('') +
    override('xl/theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml') +
    override('xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml') +
    extraParts.map((p) => override(p.name, p.contentType)).join('') +
    override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override('docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml') +
    '</Types>'
  );
}

export const ROOT_RELS = relationshipsXml([
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>',
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>',
]);

const w3c = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function corePropertiesXml(p: WorkbookProperties): string {
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${xmlText(p.creator)}</dc:creator><dc:title>${xmlText(p.title)}</dc:title><dc:subject>${xmlText(p.subject)}</dc:subject><cp:lastModifiedBy>${xmlText(p.lastModifiedBy)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3c(p.created)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${w3c(p.modified)}</dcterms:modified></cp:coreProperties>`
  );
}

export function appPropertiesXml(sheets: readonly SheetEntry[]): string {
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${sheets.map((s) => `<vt:lpstr>${xmlText(s.name)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>` +
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
  );
}
