/* Triangulate web page: plain JavaScript over the REST API. Every text from the data is put in the page
   with textContent (never innerHTML), so article text containing markup shows as text. */
'use strict';

const TYPES = ['ABDUCT_DISSAP', 'AGREEMENT', 'AIR_STRIKE', 'ARMED_CLASH', 'ARREST', 'ART_MISS_ATTACK', 'ATTACK',
  'CHANGE_TO_GROUP_ACT', 'CHEM_WEAP', 'DISR_WEAP', 'FORCE_AGAINST_PROTEST', 'GOV_REGAINS_TERIT', 'GRENADE',
  'HQ_ESTABLISHED', 'MOB_VIOL', 'NON_STATE_ACTOR_OVERTAKES_TER', 'NON_VIOL_TERRIT_TRANSFER', 'OTHER',
  'PEACE_PROTEST', 'PROPERTY_DISTRUCT', 'PROTEST_WITH_INTER', 'REM_EXPLOS', 'SEX_VIOL', 'SUIC_BOMB',
  'VIOL_DEMONSTR', 'ORG_CRIME', 'NATURAL_DISASTER', 'MAN_MADE_DISASTER', 'DIPLO', 'ATTRIB'];

/* ---------- tiny DOM helpers ---------- */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  if (attrs) for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}
const main = () => document.getElementById('main');
function show(...nodes) { const m = main(); m.replaceChildren(...nodes.filter(n => n !== null && n !== undefined && n !== false)); window.scrollTo(0, 0); }
// The CASE-2021 codes under their ACLED sub-event names, as analysts know them.
const TYPE_LABELS = {
  ABDUCT_DISSAP: 'Abduction / forced disappearance', AGREEMENT: 'Agreement', AIR_STRIKE: 'Air / drone strike',
  ARMED_CLASH: 'Armed clash', ARREST: 'Arrests', ART_MISS_ATTACK: 'Shelling / artillery / missile attack',
  ATTACK: 'Attack', CHANGE_TO_GROUP_ACT: 'Change to group / activity', CHEM_WEAP: 'Chemical weapon',
  DISR_WEAP: 'Disrupted weapons use', FORCE_AGAINST_PROTEST: 'Excessive force against protesters',
  GOV_REGAINS_TERIT: 'Government regains territory', GRENADE: 'Grenade', HQ_ESTABLISHED: 'Headquarters or base established',
  MOB_VIOL: 'Mob violence', NON_STATE_ACTOR_OVERTAKES_TER: 'Non-state actor overtakes territory',
  NON_VIOL_TERRIT_TRANSFER: 'Non-violent transfer of territory', OTHER: 'Other', PEACE_PROTEST: 'Peaceful protest',
  PROPERTY_DISTRUCT: 'Looting / property destruction', PROTEST_WITH_INTER: 'Protest with intervention',
  REM_EXPLOS: 'Remote explosive / landmine / IED', SEX_VIOL: 'Sexual violence', SUIC_BOMB: 'Suicide bomb',
  VIOL_DEMONSTR: 'Violent demonstration', ORG_CRIME: 'Organised crime', NATURAL_DISASTER: 'Natural disaster',
  MAN_MADE_DISASTER: 'Man-made disaster', DIPLO: 'Diplomatic event', ATTRIB: 'Claim of responsibility'
};
function humanType(t) {
  if (!t) return 'Event';
  return TYPE_LABELS[t] || t.replace(/_/g, ' ').toLowerCase().replace(/^\w/, c => c.toUpperCase());
}
function placeName(loc) { return loc ? [loc.name, loc.admin1 && loc.admin1 !== loc.name ? loc.admin1 : null, loc.country].filter(Boolean).join(', ') : 'no place'; }
function conflicts(ev) { return (ev.facts || []).filter(f => f.status === 'conflict'); }
function figures(ev) {
  const parts = [];
  if (ev.killed !== null && ev.killed !== undefined) parts.push(ev.killed + ' killed');
  if (ev.injured !== null && ev.injured !== undefined) parts.push(ev.injured + ' injured');
  return parts.join(', ');
}

async function api(path) {
  const r = await fetch(path, { headers: { 'Accept': 'application/json' } });
  const body = await r.json().catch(() => ({ error: 'not JSON', status: r.status }));
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
}

/* ---------- offline basemap: TopoJSON (world-atlas) decoded here ---------- */
let worldPromise = null;
function world() {
  if (!worldPromise) worldPromise = fetch('/basemap/countries-110m.json').then(r => r.json()).then(topoToGeo).catch(() => null);
  return worldPromise;
}
function topoToGeo(topo) {
  const [sx, sy] = topo.transform ? topo.transform.scale : [1, 1];
  const [tx, ty] = topo.transform ? topo.transform.translate : [0, 0];
  const arcs = topo.arcs.map(arc => { let x = 0, y = 0; return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; }); });
  const arc = i => i < 0 ? arcs[~i].slice().reverse() : arcs[i];
  const ring = ids => {
    const pts = [];
    ids.forEach((id, k) => { const a = arc(id); pts.push(...(k ? a.slice(1) : a)); });
    // rings crossing the antimeridian (Russia, Fiji) are unwrapped so no line crosses the whole map
    for (let i = 1; i < pts.length; i++) {
      let x = pts[i][0];
      while (x - pts[i - 1][0] > 180) x -= 360;
      while (x - pts[i - 1][0] < -180) x += 360;
      if (x !== pts[i][0]) pts[i] = [x, pts[i][1]];
    }
    return pts;
  };
  const features = [];
  for (const g of topo.objects.countries.geometries) {
    let geometry = null;
    if (g.type === 'Polygon') geometry = { type: 'Polygon', coordinates: g.arcs.map(ring) };
    else if (g.type === 'MultiPolygon') geometry = { type: 'MultiPolygon', coordinates: g.arcs.map(p => p.map(ring)) };
    if (geometry) features.push({ type: 'Feature', properties: g.properties || {}, geometry });
  }
  return { type: 'FeatureCollection', features };
}
function makeMap(node, opts) {
  const map = L.map(node, Object.assign({ worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5 }, opts || {}));
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth (world-atlas)');
  map.setView([20, 10], 1.5);
  world().then(geo => {
    if (geo) L.geoJSON(geo, { style: { color: '#8a9bb0', weight: 0.7, fillColor: '#fbfaf6', fillOpacity: 1 }, interactive: false }).addTo(map).bringToBack();
  });
  return map;
}
function markerColor(ev) { return conflicts(ev).length ? '#c62828' : ev.role === 'background' ? '#777' : '#1f5fa8'; }
function addMarker(layer, ev) {
  if (!ev.location) return null;
  const r = 5 + Math.min(10, Math.sqrt((ev.killed || 0) + (ev.injured || 0)));
  const m = L.circleMarker([ev.location.lat, ev.location.lon], { radius: r, color: '#fff', weight: 1, fillColor: markerColor(ev), fillOpacity: 0.85, className: 'event-marker' });
  m.bindPopup(() => el('div', null,
    el('a', { href: '#/event/' + encodeURIComponent(ev.id), class: 'ev-title', text: humanType(ev.type) }),
    el('div', { text: (ev.date || 'undated') + ' · ' + placeName(ev.location) }),
    el('div', { class: 'muted', text: figures(ev) })));
  m.addTo(layer);
  return m;
}

/* ---------- timeline ---------- */
function timeline(events, onPick) {
  const dated = events.filter(e => e.date).map(e => e.date).sort();
  const box = el('div', { class: 'timeline' });
  if (!dated.length) { box.append(el('p', { class: 'muted', text: 'No dated events.' })); return box; }
  const first = new Date(dated[0]), last = new Date(dated[dated.length - 1]);
  const days = Math.round((last - first) / 86400000) + 1;
  const monthly = days > 120;
  const key = d => monthly ? d.slice(0, 7) : d;
  const counts = new Map();
  for (const d of dated) counts.set(key(d), (counts.get(key(d)) || 0) + 1);
  const keys = [];
  if (monthly) { const c = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1)); while (c <= last) { keys.push(c.toISOString().slice(0, 7)); c.setUTCMonth(c.getUTCMonth() + 1); } }
  else { const c = new Date(first); while (c <= last) { keys.push(c.toISOString().slice(0, 10)); c.setUTCDate(c.getUTCDate() + 1); } }
  const max = Math.max(...counts.values());
  const W = 1000, H = 110, pad = 16, bw = (W - 2 * pad) / keys.length;
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Events per ' + (monthly ? 'month' : 'day'));
  keys.forEach((k, i) => {
    const n = counts.get(k) || 0;
    if (!n) return;
    const h = Math.max(2, (H - 2 * pad) * n / max);
    const r = document.createElementNS(NS, 'rect');
    r.setAttribute('class', 'bar');
    r.setAttribute('x', pad + i * bw + 0.5); r.setAttribute('width', Math.max(1, bw - 1));
    r.setAttribute('y', H - pad - h); r.setAttribute('height', h);
    const t = document.createElementNS(NS, 'title'); t.textContent = `${k}: ${n} event${n > 1 ? 's' : ''}`; r.append(t);
    r.addEventListener('click', () => onPick(k, monthly));
    svg.append(r);
  });
  for (const [x, label, anchor] of [[pad, keys[0], 'start'], [W - pad, keys[keys.length - 1], 'end']]) {
    const t = document.createElementNS(NS, 'text'); t.setAttribute('x', x); t.setAttribute('y', H - 2); t.setAttribute('text-anchor', anchor); t.textContent = label; svg.append(t);
  }
  box.append(el('div', { class: 'muted', text: `Events per ${monthly ? 'month' : 'day'} (click a bar to filter)` }), svg);
  return box;
}

/* ---------- views ---------- */
function parseHash() {
  const h = location.hash.replace(/^#/, '') || '/';
  const [path, query] = h.split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query || '') };
}

function eventItem(ev) {
  const c = conflicts(ev);
  return el('li', { class: 'event-item', 'data-id': ev.id },
    el('a', { class: 'ev-title', href: '#/event/' + encodeURIComponent(ev.id), text: humanType(ev.type) }),
    ev.role === 'background' ? el('span', { class: 'badge background', text: 'background' }) : null,
    c.length ? el('span', { class: 'badge conflict', text: c.length + ' conflict' + (c.length > 1 ? 's' : '') }) : null,
    el('div', { text: (ev.date || 'undated') + ' · ' + placeName(ev.location) }),
    el('div', { class: 'muted', text: [figures(ev), ev.articles.length + ' source' + (ev.articles.length > 1 ? 's' : '')].filter(Boolean).join(' · ') }));
}

async function eventsView(params) {
  const form = el('form', { class: 'filters', id: 'filters' },
    el('label', null, 'Search', el('input', { name: 'q', type: 'search', value: params.get('q') || '', placeholder: 'place, weapon, words…' })),
    el('label', null, 'From', el('input', { name: 'from', type: 'date', value: params.get('from') || '' })),
    el('label', null, 'To', el('input', { name: 'to', type: 'date', value: params.get('to') || '' })),
    el('label', null, 'Type', el('select', { name: 'type' }, el('option', { value: '', text: 'any' }),
      TYPES.map(t => el('option', { value: t, text: humanType(t), selected: params.get('type') === t ? 'selected' : null })))),
    el('label', null, 'Country', el('input', { name: 'country', value: params.get('country') || '', placeholder: 'IQ', maxlength: '2' })),
    el('label', null, 'Near (lat,lon)', el('input', { name: 'near', value: params.get('near') || '', placeholder: '33.3,44.4', size: '10' })),
    el('label', null, 'km', el('input', { name: 'radiusKm', type: 'number', value: params.get('radiusKm') || '', placeholder: '50', style: 'width:5rem' })),
    el('button', { type: 'submit', text: 'Filter' }),
    el('button', { type: 'button', class: 'secondary', text: 'Clear', onclick: () => { location.hash = '#/'; } }));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim()) p.set(k, String(v).trim());
    location.hash = '#/?' + p.toString();
  });
  const mapNode = el('div', { id: 'map', role: 'region', 'aria-label': 'Map of events' });
  const list = el('ul', { class: 'events', id: 'event-list' });
  const count = el('div', { class: 'muted', id: 'event-count' });
  const pager = el('div', { class: 'pager' });
  const tl = el('div', { class: 'panel' });
  show(el('h1', { text: 'Events' }), form,
    el('div', { class: 'grid' },
      el('div', null, el('div', { class: 'panel' }, mapNode), tl),
      el('div', { class: 'panel' }, count, list, pager)));
  const map = makeMap(mapNode);
  const markers = L.layerGroup().addTo(map);

  const filter = new URLSearchParams();
  for (const k of ['q', 'from', 'to', 'type', 'country', 'role', 'near', 'radiusKm']) if (params.get(k)) filter.set(k, params.get(k));
  try {
    // the map and the timeline show up to 1000 matching events; the list pages through all of them
    const overview = await api('/api/events?limit=1000&' + filter);
    const located = [];
    for (const ev of overview.events) { const m = addMarker(markers, ev); if (m) located.push(m.getLatLng()); }
    if (located.length) map.fitBounds(L.latLngBounds(located).pad(0.5), { maxZoom: 5 });
    tl.append(timeline(overview.events, (k, monthly) => {
      const p = new URLSearchParams(filter);
      if (monthly) { const [y, m] = k.split('-').map(Number); p.set('from', k + '-01'); p.set('to', new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)); }
      else { p.set('from', k); p.set('to', k); }
      location.hash = '#/?' + p;
    }));
    let next = null;
    const load = async () => {
      const page = await api('/api/events?limit=50&' + filter + (next ? '&cursor=' + encodeURIComponent(next) : ''));
      count.textContent = page.total + ' event' + (page.total === 1 ? '' : 's');
      page.events.forEach(ev => list.append(eventItem(ev)));
      next = page.next;
      pager.replaceChildren(next ? el('button', { type: 'button', class: 'secondary', text: 'More', onclick: load }) : '');
    };
    await load();
    if (!overview.total) list.append(el('li', { class: 'muted', text: 'No events match.' }));
  } catch (e) {
    list.append(el('li', { class: 'error', text: e.message }));
  }
}

function statusClass(status) { return 'status-' + (status || 'single'); }

function evidenceLink(evd, label) {
  const href = '#/article/' + encodeURIComponent(evd.article) + (evd.start !== undefined ? `?s=${evd.start}&e=${evd.end}` : '');
  return el('a', { href, title: evd.text, text: label });
}

async function eventView(id) {
  let ev;
  try { ev = await api('/api/events/' + encodeURIComponent(id)); } catch (e) { show(el('h1', { text: 'Event' }), el('p', { class: 'error', text: e.message })); return; }
  const sources = ev.sources || [];
  const byId = new Map(sources.map(s => [s.id, s]));
  const order = ev.articles.slice();
  // side-by-side table: one row per field, one column per source
  const head = el('tr', null, el('th', { text: 'Field' }), el('th', { text: 'Status' }),
    order.map(a => { const s = byId.get(a) || { id: a }; return el('th', null, el('a', { href: '#/article/' + encodeURIComponent(a), text: s.source || a }), el('div', { class: 'muted', text: (s.published || 'undated') })); }));
  const rows = ev.facts.map(f => {
    const cells = order.map(a => {
      const vals = f.values.filter(v => v.articles.includes(a));
      if (!vals.length) return el('td', { class: 'muted', text: '—' });
      return el('td', { class: statusClass(f.status) + ' value' }, vals.map(v => {
        const evd = (v.evidence || []).find(x => x.article === a);
        const label = (v.count !== null && v.count !== undefined && f.field === 'weapon' ? v.count + ' × ' : '') + (v.value === null ? '?' : v.value);
        return el('div', null, evd ? evidenceLink(evd, label) : el('span', { text: label }),
          evd ? el('div', { class: 'evidence' }, el('span', { text: '“' + evd.text + '”' }),
            evd.attribution && (evd.attribution.speaker || evd.attribution.via) ? el('div', { class: 'who', text: '— ' + [evd.attribution.speaker, evd.attribution.via ? 'via ' + evd.attribution.via : null].filter(Boolean).join(' ') + (evd.attribution.modality ? ' (' + evd.attribution.modality.toLowerCase() + ')' : '') }) : null) : null);
      }));
    });
    return el('tr', { class: 'row-' + f.status, 'data-field': f.field }, el('th', { text: f.field }),
      el('td', null, el('span', { class: 'badge ' + f.status, text: f.status }), f.reconciled ? el('div', { class: 'muted', text: '→ ' + f.reconciled }) : null), cells);
  });
  const mapNode = el('div', { class: 'map event-map' });
  const c = conflicts(ev);
  show(
    el('div', { class: 'muted' }, el('a', { href: '#/story/' + encodeURIComponent(ev.story), text: 'Story ' + ev.story })),
    el('h1', null, humanType(ev.type) + ' — ' + placeName(ev.location), ev.role === 'background' ? el('span', { class: 'badge background', text: 'background' }) : null,
      c.length ? el('span', { class: 'badge conflict', text: c.length + ' conflict' + (c.length > 1 ? 's' : '') }) : null),
    el('div', { class: 'grid' },
      el('div', { class: 'panel' }, el('dl', { class: 'summary' },
        el('dt', { text: 'Date' }), el('dd', { text: ev.date || 'unknown' }),
        el('dt', { text: 'Place' }), el('dd', { text: placeName(ev.location) + (ev.location ? ` (${ev.location.lat.toFixed(2)}, ${ev.location.lon.toFixed(2)})` : '') }),
        el('dt', { text: 'Killed' }), el('dd', { text: ev.killed ?? 'not reported' }),
        el('dt', { text: 'Injured' }), el('dd', { text: ev.injured ?? 'not reported' }),
        el('dt', { text: 'Sources' }), el('dd', { text: String(order.length) }))),
      el('div', { class: 'panel' }, mapNode)),
    el('h2', { text: 'What each source says' }),
    el('p', { class: 'muted', text: 'Red: sources contradict each other. Orange: a later report revised the figure. Green: sources agree. Each value links to the sentence that says it.' }),
    el('div', { class: 'facts-wrap' }, el('table', { class: 'facts', id: 'facts' }, el('thead', null, head), el('tbody', null, rows))));
  const map = makeMap(mapNode, { zoomControl: true });
  if (ev.location) { addMarker(L.layerGroup().addTo(map), ev); map.setView([ev.location.lat, ev.location.lon], 5); }
}

async function storyView(id) {
  let s;
  try { s = await api('/api/stories/' + encodeURIComponent(id)); } catch (e) { show(el('h1', { text: 'Story' }), el('p', { class: 'error', text: e.message })); return; }
  const main = s.events.filter(e => e.role === 'main'), bg = s.events.filter(e => e.role !== 'main');
  show(el('h1', { text: 'Story ' + s.id }),
    el('div', { class: 'grid' },
      el('div', { class: 'panel' }, el('h2', { text: 'Events' }), el('ul', { class: 'events' }, main.map(eventItem)),
        bg.length ? el('h2', { text: 'Earlier or other events mentioned' }) : null, el('ul', { class: 'events' }, bg.map(eventItem))),
      el('div', { class: 'panel' }, el('h2', { text: s.articles.length + ' article' + (s.articles.length > 1 ? 's' : '') }),
        el('ul', { class: 'events' }, s.articles.map(a => el('li', null,
          el('a', { href: '#/article/' + encodeURIComponent(a.id), class: 'ev-title', text: a.title || a.id }),
          el('div', { class: 'muted', text: [a.source, a.published, a.language].filter(Boolean).join(' · ') })))),
        el('h2', { text: 'History' }),
        el('ul', { class: 'events' }, s.history.map(h => el('li', { class: 'muted', text: `${h.at.slice(0, 19).replace('T', ' ')} ${h.article}: ${h.reason}${h.from ? ' from ' + h.from : ''}${h.to ? ' to ' + h.to : ''}` }))))));
}

function highlighted(text, facts, sel) {
  // non-overlapping spans, earliest first; a fact overlapping an earlier one is shown in the legend only
  const spans = facts.filter(f => f.start >= 0 && f.end <= text.length && f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let pos = 0;
  const push = (from, to) => {
    if (to <= from) return;
    if (sel && to > sel.s && from < sel.e) {
      const a = Math.max(from, sel.s), b = Math.min(to, sel.e);
      if (a > from) out.push(document.createTextNode(text.slice(from, a)));
      out.push(el('mark', { class: 'sentence', id: sel.first ? null : null, text: text.slice(a, b) }));
      if (to > b) out.push(document.createTextNode(text.slice(b, to)));
    } else out.push(document.createTextNode(text.slice(from, to)));
  };
  for (const f of spans) {
    if (f.start < pos) continue;
    push(pos, f.start);
    out.push(el('mark', { class: f.kind, title: f.kind + ': ' + (f.value ?? ''), 'data-kind': f.kind, text: text.slice(f.start, f.end) }));
    pos = f.end;
  }
  push(pos, text.length);
  return out;
}

async function articleView(id, params) {
  let a;
  try { a = await api('/api/articles/' + encodeURIComponent(id)); } catch (e) { show(el('h1', { text: 'Article' }), el('p', { class: 'error', text: e.message })); return; }
  const sel = params.has('s') ? { s: Number(params.get('s')), e: Number(params.get('e')) } : null;
  const kinds = [...new Set(a.facts.map(f => f.kind))];
  const body = el('div', { class: 'article-text', id: 'article-text' }, highlighted(a.text, a.facts, sel));
  show(el('div', { class: 'muted' }, a.story ? el('a', { href: '#/story/' + encodeURIComponent(a.story), text: 'Story ' + a.story }) : null),
    el('h1', { text: a.title || a.id }),
    el('div', { class: 'muted', text: [a.source, a.published ? a.published + (a.publishedInferred ? ' (inferred)' : '') : 'undated', a.language, a.type].filter(Boolean).join(' · ') }),
    a.url ? el('div', { class: 'muted' }, el('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank', text: a.url })) : null,
    el('p', { class: 'legend muted' }, 'Extracted: ', kinds.map(k => el('mark', { class: k, text: k }))),
    body,
    el('h2', { text: 'Facts found' }),
    el('div', { class: 'facts-wrap' }, el('table', { class: 'facts' }, el('thead', null, el('tr', null, el('th', { text: 'Kind' }), el('th', { text: 'Text' }), el('th', { text: 'Value' }), el('th', { text: 'Offsets' }))),
      el('tbody', null, a.facts.map(f => el('tr', null, el('td', { text: f.kind }), el('td', { text: f.text }), el('td', { text: f.value ?? '' }), el('td', { class: 'muted', text: f.start + '–' + f.end })))))));
  const m = body.querySelector('mark.sentence');
  if (m) m.scrollIntoView({ block: 'center' });
}

async function route() {
  const { parts, params } = parseHash();
  if (parts[0] === 'event' && parts[1]) return eventView(parts[1]);
  if (parts[0] === 'story' && parts[1]) return storyView(parts[1]);
  if (parts[0] === 'article' && parts[1]) return articleView(parts[1], params);
  return eventsView(params);
}

window.addEventListener('hashchange', route);
window.addEventListener('DOMContentLoaded', () => {
  api('/api/stats').then(s => { document.getElementById('stats').textContent = `${s.events} events · ${s.stories} stories · ${s.articles} articles`; }).catch(() => {});
  route();
});
