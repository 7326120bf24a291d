/**
 * DrawingML chart parts (`xl/charts/chartN.xml`, CT_ChartSpace): a bar chart, optionally with
 * line series over the same axes (the predikat bounds drawn across the bars), or a line chart.
 * Every series reads its data from sheet ranges (`c:f`) and carries the values at writing time
 * (`c:strCache` / `c:numCache`), so a reader that does not recalculate still shows the chart and
 * one that does (Excel, LibreOffice) follows the sheet. Elements are in the schema's order.
 */
import { xmlText } from '../xlsx';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A range of the workbook (`'Grafik'!$B$2:$B$9`) and the values it holds now. */
export interface TextRange {
  readonly ref: string;
  readonly values: readonly string[];
}
export interface NumberRange {
  readonly ref: string;
  /** null: an empty cell or an error (no point). */
  readonly values: readonly (number | null)[];
}

export interface ChartSeries {
  /** The series name: a one-cell range. */
  readonly name: TextRange;
  readonly values: NumberRange;
  /** `RRGGBB`. */
  readonly colour: string;
  /** Per point colours (`RRGGBB`), e.g. each predikat's own; bars only. */
  readonly pointColours?: readonly string[];
  /** Line series: dashed, no markers (a bound); otherwise solid with markers. */
  readonly dashed?: boolean;
}

export interface ChartSpec {
  readonly title: string;
  readonly categories: TextRange;
  /** Bar series (columns), drawn first. */
  readonly bars: readonly ChartSeries[];
  /** Line series over the same axes. */
  readonly lines: readonly ChartSeries[];
  readonly valueAxis: { readonly min?: number; readonly max?: number; readonly majorUnit?: number; readonly format: string };
  /** Show each bar's value on it. */
  readonly barLabels?: boolean;
  readonly legend: boolean;
}

const CAT_AX = 500000001;
const VAL_AX = 500000002;

const solid = (colour: string): string => `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;

function strRef(range: TextRange): string {
  const points = range.values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(v)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${xmlText(range.ref)}</c:f><c:strCache><c:ptCount val="${range.values.length}"/>${points}</c:strCache></c:strRef>`;
}

function numRef(range: NumberRange, format: string): string {
  const points = range.values.map((v, i) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numRef><c:f>${xmlText(range.ref)}</c:f><c:numCache><c:formatCode>${xmlText(format)}</c:formatCode><c:ptCount val="${range.values.length}"/>${points}</c:numCache></c:numRef>`;
}

function richText(text: string, size: number, bold: boolean): string {
  return `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="id-ID" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich>`;
}

const DATA_LABELS =
  '<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr><c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';

function barSeries(s: ChartSeries, index: number, spec: ChartSpec): string {
  const points = (s.pointColours ?? [])
    .map((colour, i) => `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr>${solid(colour)}</c:spPr></c:dPt>`)
    .join('');
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx>${strRef(s.name)}</c:tx><c:spPr>${solid(s.colour)}</c:spPr><c:invertIfNegative val="0"/>${points}` +
    (spec.barLabels ? DATA_LABELS : '') +
    `<c:cat>${strRef(spec.categories)}</c:cat><c:val>${numRef(s.values, spec.valueAxis.format)}</c:val></c:ser>`
  );
}

function lineSeries(s: ChartSeries, index: number, spec: ChartSpec): string {
  const line = `<c:spPr><a:ln w="${s.dashed ? 15875 : 28575}" cap="rnd">${solid(s.colour)}${s.dashed ? '<a:prstDash val="dash"/>' : ''}<a:round/></a:ln></c:spPr>`;
  const marker = s.dashed ? '<c:marker><c:symbol val="none"/></c:marker>' : `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${solid(s.colour)}<a:ln>${solid(s.colour)}</a:ln></c:spPr></c:marker>`;
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx>${strRef(s.name)}</c:tx>${line}${marker}<c:cat>${strRef(spec.categories)}</c:cat><c:val>${numRef(s.values, spec.valueAxis.format)}</c:val><c:smooth val="0"/></c:ser>`;
}

const AXIS_TEXT = '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr>';

function axes(spec: ChartSpec): string {
  const v = spec.valueAxis;
  const scaling = `<c:scaling><c:orientation val="minMax"/>${v.max !== undefined ? `<c:max val="${v.max}"/>` : ''}${v.min !== undefined ? `<c:min val="${v.min}"/>` : ''}</c:scaling>`;
  return (
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${AXIS_TEXT}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AX}"/>${scaling}<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln w="3175">${solid('D9D9D9')}</a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="${xmlText(v.format)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${AXIS_TEXT}<c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>${v.majorUnit !== undefined ? `<c:majorUnit val="${v.majorUnit}"/>` : ''}</c:valAx>`
  );
}

/** The chart part's XML. */
export function chartXml(spec: ChartSpec): string {
  const axisIds = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  const bars = spec.bars.length
    ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${spec.bars.map((s, i) => barSeries(s, i, spec)).join('')}<c:gapWidth val="60"/>${axisIds}</c:barChart>`
    : '';
  const lines = spec.lines.length
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${spec.lines.map((s, i) => lineSeries(s, spec.bars.length + i, spec)).join('')}<c:marker val="1"/>${axisIds}</c:lineChart>`
    : '';
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:date1904 val="0"/><c:lang val="id-ID"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx>${richText(spec.title, 1200, true)}</c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${bars}${lines}${axes(spec)}</c:plotArea>` +
    (spec.legend ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : '') +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    `<c:spPr>${solid('FFFFFF')}<a:ln w="9525">${solid('BFBFBF')}</a:ln></c:spPr>` +
    '</c:chartSpace>'
  );
}
