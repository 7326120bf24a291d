/** Findings quote at most a short excerpt of a long cell value (issue 10): no message grows with its input. */
import assert from 'node:assert/strict';
import { assessOpdWorkbook } from '../../shared/assess/assess-opd';
import { excerpt, findingMessage, MAX_QUOTED } from '../../shared/findings/make-finding';
import { baseFixture, fixtureTable, lkeRowOf } from '../support/opd-fixture';

describe('findings: long values are quoted as an excerpt', () => {
  it('a 40,000-character note gets CELL_TEXT_TOO_LONG naming its cell, with a short message', () => {
    const fixture = baseFixture();
    fixture.lke[lkeRowOf(fixture.lke, '1.1.2')]![4] = 'a'.repeat(40_000);
    const found = assessOpdWorkbook(fixtureTable(fixture)).findings.filter((f) => f.code === 'CELL_TEXT_TOO_LONG');
    assert.equal(found.length, 1);
    assert.deepEqual([found[0]!.file, found[0]!.sheet, found[0]!.cell, found[0]!.severity], ['dinkes.xlsx', 'LKE', 'E6', 'warning']);
    const message = findingMessage(found[0]!);
    assert.ok(message.length < 300, `message of ${message.length} characters`);
    assert.match(message, /40\.000 karakter/);
    assert.match(findingMessage(found[0]!, 'en'), /40,000 characters/);
  });

  it('a long answer that is not allowed is quoted short too', () => {
    const fixture = baseFixture();
    fixture.lke[lkeRowOf(fixture.lke, '1.1.1')]![2] = `Y${'?'.repeat(5000)}`;
    const messages = assessOpdWorkbook(fixtureTable(fixture)).findings.map((f) => findingMessage(f));
    assert.ok(messages.length > 0);
    for (const m of messages) assert.ok(m.length < 400, `message of ${m.length} characters`);
  });

  it('excerpt keeps short texts and never splits a surrogate pair', () => {
    assert.equal(excerpt('pendek'), 'pendek');
    const emoji = '😀'.repeat(MAX_QUOTED);
    assert.equal(excerpt(emoji), emoji);
    const cut = excerpt('😀'.repeat(200));
    assert.ok(cut.endsWith('…'));
    assert.ok(!/[\ud800-\udbff]…$/.test(cut));
  });
});
