/**
 * The chart and drawing builders on a tiny package: a sheet with numbers, a bar chart with a
 * bound line and a line chart over it; the package passes ooxml-check (DrawingML chart schema)
 * and the parts are referenced from the sheet, the drawing and the content types.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { addCharts } from '../../pipeline/consolidate/charts/add-charts';
import { chartXml, type ChartSpec } from '../../pipeline/consolidate/charts/chart-xml';
import { StreamingWorkbook } from '../../pipeline/consolidate/xlsx';
import { temporaryFolder } from './xlsx-files';
import { ooxmlCheckPath } from '../support/ooxml-check';


const spec = (lines: boolean): ChartSpec => ({
  title: 'Nilai <Evaluator> & "bounds"',
  categories: { ref: "'Data & Co'!$A$2:$A$4", values: ['Dinas A', 'Dinas <B>', 'Dinas C'] },
  bars: [{ name: { ref: "'Data & Co'!$B$1", values: ['Nilai'] }, values: { ref: "'Data & Co'!$B$2:$B$4", values: [81.5, null, 40] }, colour: '1F4E78', pointColours: ['1E7B34', '4CAF50', 'EF9A9A'] }],
  lines: lines ? [{ name: { ref: "'Data & Co'!$C$1", values: ['Batas A'] }, values: { ref: "'Data & Co'!$C$2:$C$4", values: [80, 80, 80] }, colour: 'C00000', dashed: true }] : [],
  valueAxis: { min: 0, max: 100, majorUnit: 10, format: '0.00' },
  barLabels: true,
  legend: true,
});

describe('consolidate: chart and drawing parts', function () {
  this.timeout(120_000); // ooxml-check runs Jing
  it('writes a chart with cached values (an empty point left out) and escaped text', () => {
    const xml = chartXml(spec(true));
    assert.match(xml, /<c:f>&apos;Data &amp; Co&apos;!\$B\$2:\$B\$4<\/c:f><c:numCache><c:formatCode>0.00<\/c:formatCode><c:ptCount val="3"\/><c:pt idx="0"><c:v>81.5<\/c:v><\/c:pt><c:pt idx="2">/);
    assert.ok(xml.includes('Dinas &lt;B&gt;'));
    assert.ok(xml.includes('<c:barChart>') && xml.includes('<c:lineChart>'));
  });

  it('a package with a drawing of two charts passes ooxml-check', function () {
    const folder = temporaryFolder();
    try {
      const path = folder.path('charts.xlsx');
      const fd = openSync(path, 'w');
      const book = new StreamingWorkbook(fd);
      const sheet = book.addSheet('Data & Co', { columns: [{ width: 20 }, {}, {}] });
      sheet.getCell(1, 2).value = 'Nilai';
      ['Dinas A', 'Dinas <B>', 'Dinas C'].forEach((name, i) => {
        sheet.getCell(i + 2, 1).value = name;
        sheet.getCell(i + 2, 2).value = [81.5, 0, 40][i]!;
        sheet.getCell(i + 2, 3).value = 80;
      });
      addCharts(book, sheet, [
        { spec: spec(true), anchor: { name: 'Grafik 1', fromColumn: 4, fromRow: 0, toColumn: 12, toRow: 18 } },
        { spec: { ...spec(false), bars: [], lines: [{ ...spec(false).bars[0]!, pointColours: undefined }] }, anchor: { name: 'Grafik 2', fromColumn: 4, fromRow: 19, toColumn: 12, toRow: 36 } },
      ]);
      sheet.finish();
      book.end({ creator: 't', lastModifiedBy: 't', title: 't', subject: 't', created: new Date(0), modified: new Date(0) });
      closeSync(fd);
      const parts = unzipSync(readFileSync(path));
      assert.ok(parts['xl/charts/chart1.xml'] && parts['xl/charts/chart2.xml']);
      assert.match(strFromU8(parts['xl/worksheets/sheet1.xml']!), /<drawing r:id="rId1"\/><\/worksheet>$/);
      assert.match(strFromU8(parts['xl/worksheets/_rels/sheet1.xml.rels']!), /Target="\.\.\/drawings\/drawing1\.xml"/);
      assert.match(strFromU8(parts['xl/drawings/_rels/drawing1.xml.rels']!), /Id="rId2" Type="[^"]+\/chart" Target="\.\.\/charts\/chart2\.xml"/);
      const types = strFromU8(parts['[Content_Types].xml']!);
      assert.ok(types.includes('PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"'));
      assert.ok(types.includes('PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"'));
      const report = execFileSync(ooxmlCheckPath(this), [path], { encoding: 'utf8' });
      assert.match(report, / 0 problem\(s\)/, report);
    } finally {
      folder.remove();
    }
  });
});
