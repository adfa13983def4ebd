// Query page: runs the editor's query against the read-only endpoint and shows the rows.
// Every value goes into the page with textContent, never as HTML.
(function () {
  "use strict";
  var ENDPOINT = "/diplokg/sparql";
  var BASE = "https://w3id.org/diplokg/";
  var form = document.getElementById("query-form");
  var editor = document.getElementById("query");
  var results = document.getElementById("results");
  var status = document.getElementById("status");
  var examples = JSON.parse(document.getElementById("example-data").textContent);

  function ask(accept) {
    return fetch(ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": accept },
      body: "query=" + encodeURIComponent(editor.value)
    }).then(function (r) {
      if (!r.ok) return r.text().then(function (t) { throw new Error(r.status + " " + t); });
      return r;
    });
  }

  function localHref(iri) {
    if (iri.indexOf(BASE + "id/") === 0 || iri.indexOf(BASE + "ontology") === 0) return "/" + iri.substring(BASE.length);
    return iri;
  }

  function cell(value) {
    var td = document.createElement("td");
    if (!value) return td;
    if (value.type === "uri") {
      var a = document.createElement("a");
      a.href = localHref(value.value);
      a.textContent = value.value;
      td.appendChild(a);
    } else {
      td.textContent = value.value;
    }
    return td;
  }

  function show(json) {
    results.textContent = "";
    var table = document.createElement("table");
    table.id = "results-table";
    var head = document.createElement("tr");
    json.head.vars.forEach(function (v) {
      var th = document.createElement("th");
      th.textContent = v;
      head.appendChild(th);
    });
    var thead = document.createElement("thead");
    thead.appendChild(head);
    table.appendChild(thead);
    var body = document.createElement("tbody");
    var rows = json.results ? json.results.bindings : [];
    rows.forEach(function (b) {
      var tr = document.createElement("tr");
      json.head.vars.forEach(function (v) { tr.appendChild(cell(b[v])); });
      body.appendChild(tr);
    });
    table.appendChild(body);
    results.appendChild(table);
    if (json.boolean !== undefined) results.textContent = "Answer: " + json.boolean;
    status.textContent = rows.length + (rows.length === 1 ? " row" : " rows");
  }

  function run() {
    status.textContent = "running…";
    results.textContent = "";
    ask("application/sparql-results+json")
      .then(function (r) { return r.json(); })
      .then(show)
      .catch(function (e) {
        status.textContent = "failed";
        var p = document.createElement("p");
        p.className = "error";
        p.textContent = String(e.message || e);
        results.appendChild(p);
      });
  }

  function download(accept, name) {
    ask(accept).then(function (r) { return r.blob(); }).then(function (blob) {
      var a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
    }).catch(function (e) { status.textContent = "download failed: " + (e.message || e); });
  }

  form.addEventListener("submit", function (ev) { ev.preventDefault(); run(); });
  document.getElementById("download-csv").addEventListener("click", function () { download("text/csv", "diplokg-results.csv"); });
  document.getElementById("download-json").addEventListener("click", function () {
    download("application/sparql-results+json", "diplokg-results.json");
  });
  Array.prototype.forEach.call(document.querySelectorAll("a.example"), function (a) {
    a.addEventListener("click", function (ev) {
      ev.preventDefault();
      editor.value = examples[Number(a.getAttribute("data-index"))].query;
      run();
    });
  });
})();
