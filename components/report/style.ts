/** report.html's one stylesheet: inline, no external resource. */
export const REPORT_STYLE = `
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1f;background:#fff;margin:0 auto;max-width:1100px;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;border-bottom:2px solid #e3e3e8;padding-bottom:4px;margin:28px 0 10px}
h3{font-size:15px;margin:0 0 4px}
.rank{margin-right:2px}
.meta,.note{color:#555;font-size:12.5px}
.verdict{font-size:16px;font-weight:600}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0}dt{color:#555}dd{margin:0;overflow-wrap:anywhere}
code{font:12px ui-monospace,SFMono-Regular,Consolas,monospace;background:#f3f3f6;padding:0 3px;border-radius:3px}
ol.causes{list-style:none;padding:0;margin:0}
.cause{border:1px solid #e3e3e8;border-left-width:6px;border-radius:6px;padding:8px 12px;margin:0 0 8px;break-inside:avoid}
.cause p{margin:2px 0}
.badge{font-size:12px;font-weight:600;padding:1px 8px;border-radius:10px;background:#eee;vertical-align:middle}
.s-likely{border-left-color:#c62828}.s-likely .badge{background:#fde0e0;color:#8e1b1b}
.s-possible{border-left-color:#ef8f00}.s-possible .badge{background:#fff0d6;color:#7a4a00}
.s-clear{border-left-color:#2e7d32}.s-clear .badge{background:#def3df;color:#1d5a21}
.s-unknown{border-left-color:#9e9ea8}
.evidence{margin:4px 0 0;padding-left:18px}.src{font-size:11px;text-transform:uppercase;color:#666}
table{border-collapse:collapse;width:100%;font-size:12.5px}
th,td{border-bottom:1px solid #e6e6ea;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f6f6f8;position:sticky;top:0}
td.when{white-space:nowrap;color:#444}td.num{text-align:right}td.wrap{overflow-wrap:anywhere;word-break:break-word}
table.net{table-layout:fixed}.c-when{width:175px}.c-method{width:62px}.c-status{width:120px}.c-code{width:78px}.c-ms{width:52px}.c-rid{width:150px}
td.rid{font:11px ui-monospace,SFMono-Regular,Consolas,monospace;word-break:break-all}.where{color:#666;font-size:11.5px}
tr.probe td{color:#6a3d00}tr.action td{color:#1d4f91}
.outcome-fail td{color:#8e1b1b}.outcome-warn td{color:#7a4a00}
ul.history{padding-left:18px}
footer{margin-top:28px;border-top:1px solid #e3e3e8;color:#555;font-size:12.5px}
@media print{body{padding:0;max-width:none;font-size:11px}th{position:static}h2{break-after:avoid}tr{break-inside:avoid}}
`;

/** The issue-18 sections: the screenshot and the steps before the failure. */
export const EXTRAS_STYLE = `
img.shot{max-width:100%;height:auto;border:1px solid #e3e3e8;border-radius:4px}
tr.crumb-failure td{color:#8e1b1b}tr.crumb-click td{color:#1d4f91}
`;
