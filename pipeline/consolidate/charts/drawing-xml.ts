/**
 * The drawing part of a sheet (`xl/drawings/drawingN.xml`, SpreadsheetML Drawing): one graphic
 * frame per chart, anchored between two cells, each pointing at its chart part through the
 * drawing's relationships (`rId1` … in order).
 */
import { xmlText } from '../xlsx';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Where a chart sits: from (column, row) to (column, row), 0-based, the `to` cell excluded. */
export interface ChartAnchor {
  readonly name: string;
  readonly fromColumn: number;
  readonly fromRow: number;
  readonly toColumn: number;
  readonly toRow: number;
}

const marker = (tag: string, column: number, row: number): string =>
  `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/** The drawing's XML; chart i (0-based) is relationship `rId{i+1}` of the drawing part. */
export function drawingXml(anchors: readonly ChartAnchor[]): string {
  const frames = anchors.map(
    (a, i) =>
      `<xdr:twoCellAnchor editAs="oneCell">${marker('from', a.fromColumn, a.fromRow)}${marker('to', a.toColumn, a.toRow)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlText(a.name)}"/><xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>',
  );
  return (
    `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `${frames.join('')}</xdr:wsDr>`
  );
}
