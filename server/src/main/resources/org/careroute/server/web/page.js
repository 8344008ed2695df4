// The coordinator's page: choose a problem, submit it, follow the job live, then show the report and downloads.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  let problem = null;
  let problemName = "";
  let job = null;
  let events = null;
  let poller = null;

  function auth() {
    const key = $("api-key").value.trim();
    return key ? { Authorization: "Bearer " + key } : {};
  }

  async function call(method, path, body) {
    const response = await fetch(path, { method, headers: Object.assign({ "Content-Type": "application/json" }, auth()), body });
    const type = response.headers.get("Content-Type") || "";
    const payload = type.includes("json") ? await response.json() : await response.text();
    if (!response.ok) {
      const detail = payload && payload.errors ? payload.errors.slice(0, 5).map((e) => (e.pointer || e.parameter || "") + ": " + e.message).join("; ") : "";
      throw new Error((payload && payload.detail ? payload.detail : response.status + " " + response.statusText) + (detail ? " " + detail : ""));
    }
    return payload;
  }

  function chosen(text, name) {
    problem = text;
    problemName = name;
    $("chosen").textContent = "Chosen: " + name + " (" + Math.round(text.length / 1024) + " KB).";
    $("form-error").textContent = "";
  }

  $("problem-file").addEventListener("change", () => {
    const file = $("problem-file").files[0];
    if (file) {
      file.text().then((text) => chosen(text, file.name));
    }
  });

  $("use-sample").addEventListener("click", async () => {
    const response = await fetch("/samples/varmland-home-nursing.json");
    chosen(await response.text(), "varmland-home-nursing.json (shipped sample)");
  });

  function minutes(ms) {
    const s = Math.round((ms || 0) / 1000);
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }

  function show(state) {
    $("status").textContent = state.status + (state.message ? " – " + state.message : "");
    $("score").textContent = state.score ? state.score + (state.feasible ? " (feasible)" : " (breaks hard rules)") : "–";
    $("assigned").textContent = state.assignedVisits === undefined ? "–" : state.assignedVisits + " of " + state.visits;
    $("elapsed").textContent = state.elapsedMillis === undefined ? "–" : minutes(state.elapsedMillis);
    const finished = ["done", "failed", "cancelled", "interrupted"].includes(state.status);
    $("stop").disabled = finished;
    if (finished) {
      follow(null);
      if (state.score) {
        showPlan(state.id);
      }
      listJobs();
    }
  }

  function follow(id) {
    if (events) { events.close(); events = null; }
    if (poller) { clearInterval(poller); poller = null; }
    if (!id) { return; }
    if (Object.keys(auth()).length === 0) {
      events = new EventSource("/v1/plans/" + id + "/events");
      const update = (e) => show(JSON.parse(e.data));
      events.addEventListener("status", update);
      events.addEventListener("progress", update);
    } else {
      // EventSource cannot send an API key: poll instead
      poller = setInterval(() => call("GET", "/v1/plans/" + id + "?plan=false").then(show).catch(() => {}), 1000);
    }
  }

  async function download(path, name, label) {
    const response = await fetch(path, { headers: auth() });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(await response.blob());
    link.download = name;
    link.textContent = label;
    return link;
  }

  async function showPlan(id) {
    const base = "/v1/plans/" + id;
    const list = $("downloads");
    list.textContent = "Download: ";
    list.append(await download(base + "/plan", "plan.json", "plan (JSON)"), await download(base + "/csv", "plan.csv", "schedule (CSV)"),
      await download(base + "/ics", "plan.ics", "calendar (iCalendar)"), await download(base + "/geojson", "plan.geojson", "map (GeoJSON)"));
    const report = await fetch(base + "/report", { headers: auth() });
    const frame = $("report");
    frame.srcdoc = await report.text();
    frame.hidden = false;
  }

  $("plan-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    if (!problem) {
      $("form-error").textContent = "Choose a problem file or the shipped sample first.";
      return;
    }
    $("form-error").textContent = "";
    $("report").hidden = true;
    $("downloads").textContent = "The downloads appear when a plan is ready.";
    try {
      job = await call("POST", "/v1/plans?timeLimit=" + encodeURIComponent($("time-limit").value), problem);
      show(job);
      follow(job.id);
      listJobs();
    } catch (error) {
      $("form-error").textContent = "Not accepted: " + error.message;
    }
  });

  $("stop").addEventListener("click", () => {
    if (job) {
      call("DELETE", "/v1/plans/" + job.id).then(show).catch((error) => { $("form-error").textContent = error.message; });
    }
  });

  async function listJobs() {
    try {
      const list = await call("GET", "/v1/plans");
      const body = $("jobs");
      body.textContent = "";
      list.jobs.slice(-20).reverse().forEach((j) => {
        const row = body.insertRow();
        row.insertCell().textContent = new Date(j.created).toLocaleString();
        row.insertCell().textContent = j.problemName || "";
        row.insertCell().textContent = j.status;
        row.insertCell().textContent = j.score || "–";
        const open = document.createElement("button");
        open.type = "button";
        open.textContent = "Show";
        open.setAttribute("aria-label", "Show plan of " + (j.problemName || j.id) + " submitted " + j.created);
        open.addEventListener("click", () => { job = j; show(j); if (!["done", "failed", "cancelled", "interrupted"].includes(j.status)) { follow(j.id); } });
        row.insertCell().append(open);
      });
    } catch (error) {
      // the list needs the API key when the server asks for one; the rest of the page still works
    }
  }

  listJobs();
})();
