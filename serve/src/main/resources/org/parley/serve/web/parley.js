// Parley's dashboard: a small single-page front end over the REST API. Every value from the API is escaped
// before it reaches the page (the texts come from the open web).
'use strict';

const view = document.getElementById('view');
const api = async (path) => {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
};
const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
// Search snippets carry <b> marks from the server's highlighter; everything else in them is escaped.
const snippet = (s) => esc(s).replace(/&lt;b&gt;/g, '<b>').replace(/&lt;\/b&gt;/g, '</b>');
const params = () => new URLSearchParams((location.hash.split('?')[1]) || '');
const link = (hash, text) => `<a href="#${esc(hash)}">${esc(text)}</a>`;
const quadName = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

function eventRows(items) {
  if (!items.length) return '<p class="empty">No events.</p>';
  return `<table><thead><tr><th>Date</th><th>Who</th><th>Did what</th><th>To whom</th><th>Sentence</th></tr></thead><tbody>${
    items.map((e) => `<tr class="event-row">
      <td>${esc(e.date)}</td>
      <td>${esc(e.source_text)} <span class="code">${esc(e.source_code)}</span></td>
      <td class="q${esc(e.quad)}"><span class="code">${esc(e.cameo)}</span> ${esc(e.plover || '')}<br>
        <span class="muted">Goldstein ${esc(e.goldstein)} · ${esc(quadName[e.quad] || '')}</span></td>
      <td>${esc(e.target_text)} <span class="code">${esc(e.target_code)}</span></td>
      <td>${esc(e.sentence)}<br><span class="muted">${link('/document/' + e.document, e.document_title || e.document)}</span></td>
    </tr>`).join('')}</tbody></table>`;
}

async function relations() {
  const dyads = await api('/api/v1/dyads?size=30');
  const chosen = params().get('dyad') || (dyads[0] && dyads[0].dyad);
  view.innerHTML = `<h1>Relations</h1>
    <div class="card"><div class="row">
      <label>Dyad <select id="dyad-select">${dyads.map((d) => `<option value="${esc(d.dyad)}"${d.dyad === chosen ? ' selected' : ''}>${esc(d.dyad)} (${esc(d.events)} events)</option>`).join('')}</select></label>
      <span class="muted">Daily mean Goldstein score (cooperation above zero, conflict below), events per day as bars; swings marked. Click a day to read its events.</span>
    </div>
    <div id="dyad-chart"></div></div>
    <h2 id="day-title">Events</h2><div id="day-events"><p class="empty">Click a day on the chart.</p></div>`;
  document.getElementById('dyad-select').addEventListener('change', (ev) => { location.hash = '#/?dyad=' + encodeURIComponent(ev.target.value); });
  if (!chosen) { document.getElementById('dyad-chart').innerHTML = '<p class="empty">No events stored yet.</p>'; return; }
  const days = await api('/api/v1/index?dyad=' + encodeURIComponent(chosen));
  const dates = days.map((d) => d.date);
  // Swings and change points as the index defines them (docs/index.md): a day on which the dyad flipped between
  // cooperation and conflict, and a day far off its trend.
  const swings = [], changes = [];
  days.forEach((d, i) => {
    if (i > 0 && d.flips > days[i - 1].flips) swings.push({coord: [i, d.goldstein_mean], value: 'swing'});
    if (d.change_point) changes.push({coord: [i, d.goldstein_mean], value: 'change'});
  });
  const chart = echarts.init(document.getElementById('dyad-chart'));
  window.parleyChart = chart;
  chart.setOption({
    animation: false,
    tooltip: {trigger: 'axis'},
    legend: {data: ['Goldstein mean', 'Trend', 'Events']},
    grid: {left: 50, right: 50, top: 40, bottom: 40},
    xAxis: {type: 'category', data: dates},
    yAxis: [{type: 'value', min: -10, max: 10, name: 'Goldstein'}, {type: 'value', name: 'Events', minInterval: 1}],
    series: [
      {name: 'Goldstein mean', type: 'line', data: days.map((d) => d.goldstein_mean), symbolSize: 12,
       markLine: {silent: true, symbol: 'none', data: [{yAxis: 0}]},
       markPoint: {symbol: 'pin', symbolSize: 36, data: swings.concat(changes.map((c) => ({...c, itemStyle: {color: '#2456a6'}}))), itemStyle: {color: '#b3261e'}}},
      {name: 'Trend', type: 'line', data: days.map((d) => d.trend), smooth: true, showSymbol: false, lineStyle: {type: 'dashed'}},
      {name: 'Events', type: 'bar', yAxisIndex: 1, data: days.map((d) => d.events), itemStyle: {opacity: .35}},
    ],
  });
  // A click anywhere in a day's column (the point, its swing pin or its bar) opens that day.
  chart.getZr().on('click', (ev) => {
    if (!chart.containPixel('grid', [ev.offsetX, ev.offsetY])) return;
    const i = Math.round(chart.convertFromPixel({seriesIndex: 0}, [ev.offsetX, ev.offsetY])[0]);
    if (i >= 0 && i < dates.length) showDay(chosen, dates[i]);
  });
  window.addEventListener('resize', () => chart.resize());
}

async function showDay(dyad, day) {
  document.getElementById('day-title').textContent = `Events ${dyad} on ${day}`;
  const ev = await api(`/api/v1/events?dyad=${encodeURIComponent(dyad)}&from=${day}&to=${day}&size=100`);
  document.getElementById('day-events').innerHTML = eventRows(ev.items);
}

async function events() {
  const p = params();
  const page = Number(p.get('page') || 1);
  const q = new URLSearchParams({size: '50', page: String(page)});
  for (const k of ['dyad', 'cameo', 'from', 'to']) if (p.get(k)) q.set(k, p.get(k));
  const ev = await api('/api/v1/events?' + q);
  view.innerHTML = `<h1>Events</h1><p class="muted">${esc(ev.total)} events${p.get('dyad') ? ' for ' + esc(p.get('dyad')) : ''}. Filter with #/events?dyad=USA-RUS&amp;cameo=16.</p>${eventRows(ev.items)}${pager(ev, page, 'events', p)}`;
}

function pager(res, page, route, p) {
  const last = Math.max(1, Math.ceil(res.total / res.size));
  const to = (n) => { const q = new URLSearchParams(p); q.set('page', n); return `#/${route}?${q}`; };
  return `<div class="pager">${page > 1 ? `<a href="${esc(to(page - 1))}">Previous</a>` : ''}<span class="muted">page ${page} of ${last}</span>${page < last ? `<a href="${esc(to(page + 1))}">Next</a>` : ''}</div>`;
}

async function people() {
  const q = params().get('q') || '';
  const res = await api('/api/v1/entities?size=100&q=' + encodeURIComponent(q));
  const persons = res.items.filter((e) => e.type === 'PERSON');
  view.innerHTML = `<h1>People</h1><table><thead><tr><th>Name</th><th>Role</th><th>Acts for</th><th>Articles</th></tr></thead><tbody>${
    persons.map((e) => `<tr><td>${link('/person/' + encodeURIComponent(e.canonical), e.canonical)}</td><td>${esc(e.role || '')}</td>
      <td><span class="code">${esc(e.actor || e.country || '')}</span></td><td>${esc(e.documents)}</td></tr>`).join('')}</tbody></table>`;
}

async function person(name) {
  const ents = await api('/api/v1/entities?q=' + encodeURIComponent(name));
  const e = ents.items.find((x) => x.canonical === name) || {canonical: name};
  const quotes = await api('/api/v1/quotes?size=100&speaker=' + encodeURIComponent(name));
  const stances = {};
  for (const q of quotes.items) if (q.stance) stances[q.stance] = (stances[q.stance] || 0) + 1;
  const stanceText = Object.keys(stances).length ? Object.entries(stances).map(([k, v]) => `${v} ${k}`).join(', ') : 'none taken explicitly';
  view.innerHTML = `<h1 id="person-name">${esc(e.canonical)}</h1>
    <div class="card"><div class="row"><span><b>Role</b> ${esc(e.role || 'unknown')}</span>
      <span><b>Acts for</b> <span class="code">${esc(e.actor || e.country || 'unknown')}</span></span>
      <span><b>Named in</b> ${esc(e.documents || 0)} articles</span>
      <span id="person-stance"><b>Stance in quotes</b> ${esc(stanceText)}</span></div></div>
    <h2>Quotes, in order</h2>${quotes.items.length ? quotes.items.map((q) => `<div class="card quote">
      <div class="muted">${esc(q.date || '')} · ${q.direct ? 'quoted' : 'reported'}${q.cue ? ' (' + esc(q.cue) + ')' : ''}${q.stance ? ` · <span class="pill">${esc(q.stance)}</span>` : ''} · ${link('/document/' + q.document, q.document_title || q.document)}</div>
      <blockquote>${esc(q.text)}</blockquote></div>`).join('') : '<p class="empty">No quotes.</p>'}`;
}

async function documents() {
  const p = params();
  const page = Number(p.get('page') || 1);
  const res = await api(`/api/v1/documents?size=50&page=${page}`);
  view.innerHTML = `<h1>Articles</h1><table><thead><tr><th>Published</th><th>Title</th><th>Source</th><th>Quotes</th><th>Events</th></tr></thead><tbody>${
    res.items.map((d) => `<tr><td>${esc(d.published || '')}</td><td>${link('/document/' + d.id, d.title || d.id)}</td>
      <td>${esc(d.source_name || d.source_domain || '')}</td><td>${esc(d.n_quotes)}</td><td>${esc(d.n_events)}</td></tr>`).join('')}</tbody></table>${pager(res, page, 'documents', p)}`;
}

async function doc(id) {
  const d = await api('/api/v1/documents/' + encodeURIComponent(id));
  view.innerHTML = `<h1>${esc(d.title || d.id)}</h1>
    <p class="muted">${esc(d.published || '')} · ${esc((d.source && (d.source.name || d.source.domain)) || '')}${d.authors.length ? ' · by ' + esc(d.authors.join(', ')) : ''}${d.tone != null ? ' · tone ' + esc(d.tone) : ''}${d.stance ? ` · stance <span class="pill">${esc(d.stance)}</span>` : ''}${d.url ? ` · <a href="${esc(d.url)}" rel="noopener noreferrer">original</a>` : ''}</p>
    ${d.summary.length ? `<div class="card"><b>Summary</b><p>${esc(d.summary.join(' '))}</p></div>` : ''}
    <h2>Events</h2>${eventRows(d.events.map((e) => ({...e, source_text: e.source.text, source_code: e.source.code, target_text: e.target.text, target_code: e.target.code, document: d.id, document_title: d.title})))}
    <h2>Quotes</h2>${d.quotes.map((q) => `<div class="card"><b>${link('/person/' + encodeURIComponent(q.speaker || ''), q.speaker || 'unknown')}</b> <span class="muted">${esc(q.speaker_role || '')}</span><blockquote>${esc(q.text)}</blockquote></div>`).join('') || '<p class="empty">No quotes.</p>'}
    <h2>Text</h2><div class="card doc-text">${esc(d.text)}</div>`;
}

async function stories() {
  const p = params();
  const page = Number(p.get('page') || 1);
  const q = new URLSearchParams({size: '50', page: String(page)});
  for (const k of ['q', 'from', 'to']) if (p.get(k)) q.set(k, p.get(k));
  const res = await api('/api/v1/stories?' + q);
  view.innerHTML = `<h1>Stories</h1><p class="muted">${esc(res.total)} stories, latest first. A story is the articles about one real-world story; copies of an article count once.</p>
    <table><thead><tr><th>Span</th><th>Story</th><th>Articles</th></tr></thead><tbody>${
    res.items.map((s) => `<tr class="story-row"><td>${esc(span(s.start, s.end))}</td><td>${link('/story/' + s.id, s.title || s.id)}</td><td>${esc(s.articles)}</td></tr>`).join('')}</tbody></table>${pager(res, page, 'stories', p)}`;
}

const span = (a, b) => !a ? 'date unknown' : (a === b || !b) ? a : `${a} to ${b}`;

async function story(id) {
  const s = await api('/api/v1/stories/' + encodeURIComponent(id));
  const docs = s.documents;
  view.innerHTML = `<h1 id="story-title">${esc(s.title || s.id)}</h1>
    <p class="muted">${esc(span(s.start, s.end))} · ${esc(s.articles)} article${s.articles === 1 ? '' : 's'}</p>
    <div class="card"><b>Summary</b><ul id="story-summary">${s.summary.map((x) => `<li>${esc(x.sentence)} <span class="muted">${link('/document/' + x.document, '(source)')}</span></li>`).join('') || '<li class="empty">No summary.</li>'}</ul></div>
    <h2>Timeline</h2><div id="story-timeline"></div>
    <ol class="timeline">${docs.map((d) => `<li><span class="muted">${esc(d.published || 'undated')}</span> ${link('/document/' + d.id, d.title || d.id)}
      <span class="muted">${esc((d.source && (d.source.name || d.source.domain)) || '')}${d.duplicate_of ? ' · copy' : ''} · ${esc(d.events)} events · ${esc(d.quotes)} quotes</span></li>`).join('')}</ol>`;
  const dated = docs.filter((d) => d.published);
  if (dated.length > 1 && window.echarts) {
    const perDay = {};
    for (const d of dated) { const day = d.published.slice(0, 10); perDay[day] = (perDay[day] || 0) + 1; }
    const daysSorted = Object.keys(perDay).sort();
    const chart = echarts.init(document.getElementById('story-timeline'));
    chart.setOption({animation: false, tooltip: {trigger: 'axis'}, grid: {left: 40, right: 20, top: 20, bottom: 30},
      xAxis: {type: 'time'}, yAxis: {type: 'value', minInterval: 1, name: 'Articles'},
      series: [{type: 'bar', name: 'Articles', data: daysSorted.map((d) => [d, perDay[d]]), barMaxWidth: 24}]});
  } else {
    document.getElementById('story-timeline').remove();
  }
}

async function digest() {
  const p = params();
  const q = new URLSearchParams({format: 'html'});
  for (const k of ['from', 'to']) if (p.get(k)) q.set(k, p.get(k));
  const r = await fetch('/api/v1/digest?' + q);
  if (!r.ok) throw new Error((await r.json()).error || ('HTTP ' + r.status));
  // The digest is rendered by the server from escaped Markdown; only its body is shown, links kept.
  const doc = new DOMParser().parseFromString(await r.text(), 'text/html');
  for (const el of doc.querySelectorAll('script, iframe, object, embed')) el.remove();
  view.innerHTML = `<div class="row"><label>From <input type="date" id="digest-from" value="${esc(p.get('from') || '')}"></label>
    <label>To <input type="date" id="digest-to" value="${esc(p.get('to') || '')}"></label><button id="digest-go">Show</button>
    <a href="/api/v1/digest?${esc(new URLSearchParams([...q].filter(([k]) => k !== 'format')).toString())}&amp;format=md">Markdown</a></div>
    <div class="card digest">${doc.body.innerHTML}</div>`;
  document.getElementById('digest-go').addEventListener('click', () => {
    const n = new URLSearchParams();
    for (const k of ['from', 'to']) { const v = document.getElementById('digest-' + k).value; if (v) n.set(k, v); }
    location.hash = '#/digest?' + n;
  });
}

async function search() {
  const q = params().get('q') || '';
  document.getElementById('search-input').value = q;
  const res = await api('/api/v1/search?size=50&q=' + encodeURIComponent(q));
  view.innerHTML = `<h1>Search: ${esc(q)}</h1>${res.items.length ? res.items.map((h) => `<div class="card hit">
    <span class="pill">${esc(h.kind)}</span> ${link('/document/' + h.document, h.title || h.document)} <span class="muted">${esc(h.date || '')}</span>
    ${h.fields && h.fields.speaker ? `<span class="muted"> · ${esc(h.fields.speaker)}</span>` : ''}
    <p>${snippet(h.snippet)}</p></div>`).join('') : '<p class="empty">Nothing found.</p>'}`;
}

async function route() {
  const path = location.hash.replace(/^#/, '').split('?')[0] || '/';
  try {
    if (path === '/' ) await relations();
    else if (path === '/events') await events();
    else if (path === '/people') await people();
    else if (path.startsWith('/person/')) await person(decodeURIComponent(path.slice(8)));
    else if (path === '/documents') await documents();
    else if (path.startsWith('/document/')) await doc(decodeURIComponent(path.slice(10)));
    else if (path === '/search') await search();
    else if (path === '/stories') await stories();
    else if (path.startsWith('/story/')) await story(decodeURIComponent(path.slice(7)));
    else if (path === '/digest') await digest();
    else view.innerHTML = '<p class="empty">No such page.</p>';
  } catch (e) {
    view.innerHTML = `<p class="empty">${esc(e.message)}</p>`;
  }
}

document.getElementById('search-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  location.hash = '#/search?q=' + encodeURIComponent(document.getElementById('search-input').value);
});
window.addEventListener('hashchange', route);
route();
