/** The pane's own layout, adopted as a constructed style sheet (no inline styles in the page). */

const CSS = `
:root { color-scheme: light; }
body {
  margin: 0;
  font-family: var(--fontFamilyBase, 'Segoe UI', system-ui, sans-serif);
  font-size: var(--fontSizeBase300, 14px);
  color: var(--colorNeutralForeground1, #242424);
  background: var(--colorNeutralBackground1, #fff);
}
main { padding: 12px 14px 24px; display: flex; flex-direction: column; gap: 12px; }
header h1 { font-size: var(--fontSizeBase500, 20px); font-weight: 600; margin: 0; }
header p { margin: 2px 0 0; color: var(--colorNeutralForeground3, #616161); }
.toolbar { display: flex; flex-wrap: wrap; gap: 6px; }
.status { min-height: 0; display: flex; flex-direction: column; gap: 6px; }
.status fluent-spinner { align-self: flex-start; }
h2 { font-size: var(--fontSizeBase400, 16px); font-weight: 600; margin: 0 0 6px; display: flex; align-items: center; gap: 6px; flex-wrap: wrap; }
h3 { font-size: var(--fontSizeBase300, 14px); font-weight: 600; margin: 10px 0 4px; display: flex; align-items: center; gap: 6px; flex-wrap: wrap; }
.score-top { display: flex; gap: 12px; align-items: flex-start; margin-top: 8px; }
.grade { display: flex; flex-direction: column; align-items: center; min-width: 84px; padding: 8px;
  border-radius: var(--borderRadiusMedium, 4px); background: var(--colorBrandBackground2, #ebf3fc); }
.grade .predikat { font-size: 28px; font-weight: 700; color: var(--colorBrandForeground1, #0f6cbd); }
.grade .label { font-size: 12px; text-align: center; }
table.scores { border-collapse: collapse; flex: 1; font-variant-numeric: tabular-nums; }
table.scores th { text-align: left; font-weight: 400; padding: 1px 6px 1px 0; }
table.scores td { text-align: right; padding: 1px 0; white-space: nowrap; }
table.scores tr.total th, table.scores tr.total td { font-weight: 600; border-top: 1px solid var(--colorNeutralStroke2, #e0e0e0); }
dl.facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 8px 0 0; }
dl.facts dt { color: var(--colorNeutralForeground3, #616161); }
dl.facts dd { margin: 0; }
ol.improvements { margin: 0; padding: 0; list-style: none; }
ol.improvements li { display: flex; gap: 8px; }
ol.improvements .criterion { font-weight: 600; min-width: 44px; }
ol.improvements .gain { margin-left: auto; font-variant-numeric: tabular-nums; color: var(--colorPaletteGreenForeground1, #107c10); }
section.group ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
.finding { display: grid; grid-template-columns: auto auto 1fr; gap: 2px 6px; align-items: center; width: 100%;
  text-align: left; font: inherit; color: inherit; padding: 6px 8px; box-sizing: border-box;
  border: 1px solid var(--colorNeutralStroke2, #e0e0e0); border-left-width: 4px;
  border-radius: var(--borderRadiusMedium, 4px); background: var(--colorNeutralBackground1, #fff); }
button.finding { cursor: pointer; }
button.finding:hover { background: var(--colorNeutralBackground1Hover, #f5f5f5); }
button.finding:focus-visible { outline: 2px solid var(--colorStrokeFocus2, #000); outline-offset: 1px; }
.finding-error { border-left-color: #d13438; }
.finding-warning { border-left-color: #eaa300; }
.finding .cell { font-weight: 600; font-variant-numeric: tabular-nums; }
.finding .code { font-size: 11px; color: var(--colorNeutralForeground3, #616161); justify-self: end; }
.finding .message { grid-column: 1 / -1; overflow-wrap: anywhere; }
.empty { color: var(--colorNeutralForeground3, #616161); }
[hidden] { display: none !important; }
`;

export function adoptPaneStyles(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
