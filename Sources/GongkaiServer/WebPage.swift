/// The one page of the web app, with its styles and script: nothing is fetched from elsewhere,
/// so it works on an office network without internet. It talks only to the API (docs/api.md).
enum WebPage {
    static let html = #"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gongkai 部门决算公开</title>
<style>
body{font-family:"Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei",sans-serif;margin:0;background:#f4f5f7;color:#222}
header{background:#8b1a1a;color:#fff;padding:.8em 1.5em;display:flex;gap:2em;align-items:center}
header h1{font-size:1.3em;margin:0}header nav button{background:none;border:1px solid #fff6;color:#fff;padding:.3em 1em;cursor:pointer;border-radius:3px}
header nav button.active{background:#fff;color:#8b1a1a}
main{padding:1em 1.5em;max-width:1500px;margin:0 auto}
section{background:#fff;border-radius:6px;padding:1em 1.2em;margin-bottom:1em;box-shadow:0 1px 2px #0002}
#drop{border:2px dashed #999;border-radius:6px;padding:2em;text-align:center;color:#555;cursor:pointer}
#drop.over{border-color:#8b1a1a;background:#fff5f5}
.uploads{margin-top:.8em}.upload{display:flex;gap:1em;align-items:center;padding:.3em 0;border-bottom:1px solid #eee}
.upload .name{flex:1}progress{width:200px}
table.list{border-collapse:collapse;width:100%}table.list th,table.list td{border-bottom:1px solid #ddd;padding:.35em .6em;text-align:left}
table.list tr.row{cursor:pointer}table.list tr.row:hover{background:#f7f0f0}
.status{padding:.1em .6em;border-radius:3px;font-size:.9em;white-space:nowrap}
.status.passed{background:#e3f4e3;color:#1b6e1b}.status.errors{background:#fde2e2;color:#a11}.status.unreadable{background:#eee;color:#555}
table.list .amount{text-align:right;font-variant-numeric:tabular-nums}
.detail{display:flex;gap:1em;align-items:flex-start}.tables{flex:3;overflow-x:auto;min-width:0}.findings{flex:2;position:sticky;top:.5em;max-height:95vh;overflow-y:auto}
.tables table{border-collapse:collapse;margin:.3em 0 1.5em;font-size:.82em}.tables td{border:1px solid #444;padding:2px 5px}
.tables td.center{text-align:center}.tables td.right{text-align:right}.tables td.bold{font-weight:bold}
.tables p.table-title{text-align:center;font-weight:bold;font-size:1.1em;margin:1em 0 .2em}.tables p.note{font-size:.85em;margin:.1em 0}
.tables td.blamed{background:#ffd7d7;outline:2px solid #c33}.tables td.blamed.warning{background:#fff2c2;outline-color:#c90}
.tables td.focus{outline:3px solid #06c}
.finding{border-left:4px solid #c33;padding:.4em .6em;margin:.4em 0;background:#fff8f8;cursor:pointer;font-size:.92em}
.finding.warning{border-color:#c90;background:#fffbeb}.finding.notice{border-color:#888;background:#f6f6f6}
.finding .rule{color:#777;font-size:.85em}
.buttons a{display:inline-block;margin-right:.6em;padding:.35em .9em;background:#8b1a1a;color:#fff;text-decoration:none;border-radius:3px}
.message{color:#a11}.muted{color:#777}
select,input{font:inherit;padding:.2em}
</style>
</head>
<body>
<header><h1>Gongkai 部门决算公开</h1>
<nav><button id="tab-upload" class="active">上传与审核</button> <button id="tab-year">年度总览</button></nav></header>
<main>
<div id="view-upload">
<section>
<div id="drop">把各部门的决算报送文件拖到这里，或点击选择文件（可多选：.xlsx、.xls、规范 JSON、表格文本）<input id="picker" type="file" multiple hidden></div>
<div id="uploads" class="uploads"></div>
</section>
<section id="detail-section" hidden>
<h2 id="detail-title"></h2>
<p id="detail-summary"></p>
<p class="buttons" id="downloads"></p>
<div class="detail"><div class="tables" id="tables"></div><div class="findings" id="findings"></div></div>
</section>
</div>
<div id="view-year" hidden>
<section>
<label>年度 <select id="year"></select></label> <span class="muted" id="year-count"></span>
<table class="list" id="year-table"><thead><tr><th>单位</th><th>最新状态</th><th>版本</th><th>错误</th><th>警告</th><th class="amount">收入总计（万元）</th><th class="amount">支出总计（万元）</th><th>比较版本</th></tr></thead><tbody></tbody></table>
</section>
<section id="diff-section" hidden><h2 id="diff-title"></h2><div id="diff"></div></section>
</div>
</main>
<script>
"use strict";
const token = new URLSearchParams(location.search).get("token");
const headers = token ? {"Authorization": "Bearer " + token} : {};
const withToken = url => token ? url + (url.includes("?") ? "&" : "?") + "token=" + encodeURIComponent(token) : url;
const $ = id => document.getElementById(id);
const text = s => String(s ?? "").replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})[c]);
const severityText = {error: "错误", warning: "警告", notice: "提示"};
// 1376.7 → 1,376.70, from the decimal string the API gives (never through a binary float).
const money = s => {
  if (s === null || s === undefined || s === "") return "";
  const [whole, fraction = ""] = String(s).replace(/^-/, "").split(".");
  return (String(s).startsWith("-") ? "-" : "") + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + "." + (fraction + "00").slice(0, 2);
};

async function api(path, options = {}) {
  const response = await fetch(withToken(path), {...options, headers: {...headers, ...(options.headers || {})}});
  const body = response.status === 204 ? {} : await response.json();
  if (!response.ok) throw new Error(body.message || ("请求失败：" + response.status));
  return body;
}

function status(entry) { return `<span class="status ${text(entry.status)}">${text(entry.status_text)}</span>`; }

function upload(file) {
  const row = document.createElement("div");
  row.className = "upload";
  row.innerHTML = `<span class="name">${text(file.name)}</span><progress max="100" value="0"></progress><span class="result">上传中…</span>`;
  $("uploads").prepend(row);
  const form = new FormData();
  form.append("file", file, file.name);
  const request = new XMLHttpRequest();
  request.open("POST", withToken("/api/submissions"));
  for (const [k, v] of Object.entries(headers)) request.setRequestHeader(k, v);
  request.upload.onprogress = e => { if (e.lengthComputable) row.querySelector("progress").value = 100 * e.loaded / e.total; };
  request.upload.onload = () => { row.querySelector(".result").textContent = "审核中…"; };
  request.onload = () => {
    row.querySelector("progress").value = 100;
    let body = {};
    try { body = JSON.parse(request.responseText); } catch (e) { body = {message: "服务器答复无法读取"}; }
    if (request.status !== 201) { row.querySelector(".result").innerHTML = `<span class="message">${text(body.message)}</span>`; return; }
    const entry = body.submissions[0];
    const counts = entry.status === "unreadable" ? `<span class="message">${text(entry.message)}</span>`
      : `${text(entry.department)} ${text(entry.year)} 年度 · 第 ${entry.version} 版 · 错误 ${entry.errors} 条，警告 ${entry.warnings} 条`;
    row.querySelector(".result").innerHTML = `${status(entry)} ${counts} <a href="#" data-id="${entry.id}">查看</a>`;
    row.querySelector("a").onclick = e => { e.preventDefault(); show(entry.id); };
    if (entry.status !== "unreadable") show(entry.id);
  };
  request.onerror = () => { row.querySelector(".result").innerHTML = `<span class="message">上传失败：无法连接服务器</span>`; };
  request.send(form);
}

function cellKey(cell) { return cell.sheet + "!" + cell.cell; }

async function show(id) {
  const entry = await api(`/api/submissions/${id}`);
  $("detail-section").hidden = false;
  $("detail-title").textContent = `${entry.department || entry.file}（${entry.year ?? ""} 年度，第 ${entry.version} 版）`;
  $("detail-summary").innerHTML = `${status(entry)} 文件 ${text(entry.file)}：错误 ${entry.errors} 条，警告 ${entry.warnings} 条，提示 ${entry.notices} 条`
    + (entry.message ? `<br><span class="message">${text(entry.message)}</span>` : "");
  $("downloads").innerHTML = entry.status === "unreadable" ? "" :
    [["standard.xlsx", "下载公开表（标准工作簿）"], ["report.xlsx", "下载审核结果"], ["accounts.json", "下载规范 JSON"]]
      .map(([file, label]) => `<a href="${withToken(`/api/submissions/${id}/${file}`)}" id="download-${file.split(".")[0]}">${label}</a>`).join("");
  $("tables").innerHTML = entry.tables_html || "";
  const cells = new Map();
  for (const td of $("tables").querySelectorAll("td[data-cell]")) cells.set(td.dataset.cell, td);
  $("findings").innerHTML = "";
  for (const finding of entry.findings || []) {
    const blamed = (finding.cells || []).filter(c => c.place === "standard").map(cellKey).filter(k => cells.has(k));
    for (const key of blamed) {
      const td = cells.get(key);
      td.classList.add("blamed");
      if (finding.severity !== "error") td.classList.add("warning");
      td.title = (td.title ? td.title + "\n" : "") + finding.message;
    }
    const item = document.createElement("div");
    item.className = "finding " + finding.severity;
    item.innerHTML = `<strong>${severityText[finding.severity] || ""}</strong> ${text(finding.message)}<div class="rule">${text(finding.rule)}${blamed.length ? " · " + blamed.map(text).join("、") : ""}</div>`;
    item.onclick = () => {
      for (const td of $("tables").querySelectorAll("td.focus")) td.classList.remove("focus");
      blamed.forEach((key, i) => { cells.get(key).classList.add("focus"); if (i === 0) cells.get(key).scrollIntoView({block: "center"}); });
    };
    $("findings").append(item);
  }
  if (!(entry.findings || []).length && entry.status !== "unreadable") $("findings").innerHTML = `<p>全部勾稽关系相符，没有发现问题。</p>`;
}

async function yearView() {
  const all = (await api("/api/submissions")).submissions;
  const years = [...new Set(all.map(e => e.year).filter(y => y))].sort().reverse();
  const select = $("year");
  const chosen = select.value || years[0];
  select.innerHTML = years.map(y => `<option ${String(y) === String(chosen) ? "selected" : ""}>${y}</option>`).join("");
  const entries = all.filter(e => String(e.year) === String(select.value) && e.department);
  const departments = new Map();
  for (const e of entries) { if (!departments.has(e.department)) departments.set(e.department, []); departments.get(e.department).push(e); }
  $("year-count").textContent = `共 ${departments.size} 个单位，${entries.length} 次报送`;
  const body = $("year-table").querySelector("tbody");
  body.innerHTML = "";
  for (const [department, versions] of [...departments.entries()].sort()) {
    const latest = versions[versions.length - 1];
    const row = document.createElement("tr");
    row.className = "row";
    const options = versions.map(v => `<option value="${v.id}">第 ${v.version} 版</option>`).join("");
    row.innerHTML = `<td>${text(department)}</td><td>${status(latest)}</td><td>${versions.length}</td><td>${latest.errors}</td><td>${latest.warnings}</td>`
      + `<td class="amount">${text(money(latest.income_total))}</td><td class="amount">${text(money(latest.expenditure_total))}</td>`
      + `<td>${versions.length > 1 ? `<select class="a">${options}</select> 与 <select class="b">${options}</select> <button>比较</button>` : "—"}</td>`;
    row.querySelectorAll("td").forEach((td, i) => { if (i < 7) td.onclick = () => { switchTo("upload"); show(latest.id); }; });
    if (versions.length > 1) {
      row.querySelector("select.a").value = versions[versions.length - 2].id;
      row.querySelector("select.b").value = latest.id;
      row.querySelector("button").onclick = () => diff(row.querySelector("select.a").value, row.querySelector("select.b").value);
    }
    body.append(row);
  }
}

async function diff(a, b) {
  const result = await api(`/api/diff?a=${a}&b=${b}`);
  $("diff-section").hidden = false;
  $("diff-title").textContent = `${result.a.department}：第 ${result.a.version} 版与第 ${result.b.version} 版，共 ${result.changes.length} 处不同`;
  $("diff").innerHTML = (result.warnings || []).map(w => `<p class="message">${text(w)}</p>`).join("")
    + (result.changes.length ? `<table class="list"><thead><tr><th>表、行、列</th><th class="amount">第 ${result.a.version} 版</th><th class="amount">第 ${result.b.version} 版</th><th class="amount">差额</th></tr></thead><tbody>`
      + result.changes.map(c => `<tr><td>${text(c.label)}</td><td class="amount">${text(money(c.old))}</td><td class="amount">${text(money(c.new))}</td><td class="amount">${text(money(c.difference))}</td></tr>`).join("")
      + "</tbody></table>" : "<p>两个版本的数字完全相同。</p>");
}

function switchTo(view) {
  $("view-upload").hidden = view !== "upload";
  $("view-year").hidden = view !== "year";
  $("tab-upload").classList.toggle("active", view === "upload");
  $("tab-year").classList.toggle("active", view === "year");
  if (view === "year") yearView().catch(e => { $("year-count").textContent = e.message; });
}

const drop = $("drop");
drop.onclick = () => $("picker").click();
$("picker").onchange = () => { [...$("picker").files].forEach(upload); $("picker").value = ""; };
drop.ondragover = e => { e.preventDefault(); drop.classList.add("over"); };
drop.ondragleave = () => drop.classList.remove("over");
drop.ondrop = e => { e.preventDefault(); drop.classList.remove("over"); [...e.dataTransfer.files].forEach(upload); };
$("tab-upload").onclick = () => switchTo("upload");
$("tab-year").onclick = () => switchTo("year");
$("year").onchange = () => yearView();
</script>
</body>
</html>
"""#
}
