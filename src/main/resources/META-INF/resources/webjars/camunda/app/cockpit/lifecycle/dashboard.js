// Lifecycle Ops in Cockpit: the lifecycle dashboard (plugin point cockpit.dashboard) and a "Lifecycle" tab on each
// process definition (cockpit.processDefinition.runtime.tab). Data: /api/metrics, with the rights of the user logged in
// to Cockpit (the service accepts the webapp session for reads). Charts: Chart.js, served from the service's jar.

const CHART_JS = '/webjars/chart.js/dist/chart.umd.js';
const COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#7f7f7f'];
const STYLE_ID = 'lifecycle-dashboard-style';

let chartLibrary;
function loadCharts() {
  if (!chartLibrary) {
    chartLibrary = window.Chart ? Promise.resolve(window.Chart) : new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = CHART_JS;
      script.onload = () => resolve(window.Chart);
      script.onerror = () => reject(new Error('Chart.js could not be loaded from ' + CHART_JS));
      document.head.appendChild(script);
    });
  }
  return chartLibrary;
}

function addStyle() {
  if (document.getElementById(STYLE_ID)) {
    return;
  }
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `
    .lo-dashboard { padding: 8px 0 24px; }
    .lo-dashboard h3 { margin: 0 0 8px; font-size: 18px; }
    .lo-toolbar { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; margin: 0 0 16px; }
    .lo-toolbar label { display: flex; flex-direction: column; font-size: 12px; color: #555; gap: 2px; }
    .lo-toolbar input, .lo-toolbar select { height: 30px; padding: 2px 6px; }
    .lo-grid { display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); }
    .lo-card { background: #fff; border: 1px solid #d5d9de; border-radius: 4px; padding: 12px 16px; min-width: 0; }
    .lo-card h4 { margin: 0 0 8px; font-size: 15px; }
    .lo-card canvas { width: 100% !important; height: 240px !important; }
    .lo-tiles { display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 8px; }
    .lo-tile { flex: 1 1 120px; border-radius: 4px; background: #f2f6fa; padding: 8px 12px; }
    .lo-tile b { display: block; font-size: 26px; line-height: 1.2; }
    .lo-tile span { font-size: 12px; color: #555; }
    .lo-table { width: 100%; border-collapse: collapse; font-size: 12px; }
    .lo-table th, .lo-table td { border-bottom: 1px solid #eee; padding: 3px 6px; text-align: left; }
    .lo-table td.num, .lo-table th.num { text-align: right; }
    .lo-empty { color: #777; font-style: italic; }
    .lo-error { color: #b00020; }
    .lo-wide { grid-column: 1 / -1; }
    .lo-scroll { max-height: 300px; overflow-y: auto; }
    .lo-scroll-x { overflow-x: auto; }
  `;
  document.head.appendChild(style);
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([key, value]) => {
    if (key === 'class') node.className = value; else node.setAttribute(key, value);
  });
  children.flat().forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

/** The default period: the current quarter up to today. */
function thisQuarter() {
  const today = new Date();
  const start = new Date(Date.UTC(today.getUTCFullYear(), Math.floor(today.getUTCMonth() / 3) * 3, 1));
  return { from: isoDate(start), to: isoDate(today) };
}

async function metrics(path, params) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const response = await fetch(`/api/metrics/${path}?${query}`, {
    credentials: 'same-origin', headers: { Accept: 'application/json' }
  });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (ignored) { /* not a problem body */ }
    throw new Error(`${response.status}: ${detail}`);
  }
  return response.json();
}

const percent = value => value === null || value === undefined ? '–' : `${Math.round(value * 1000) / 10}%`;
const money = (value, currency) => value === null || value === undefined ? '–'
  : new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
const hours = value => value === null || value === undefined ? '–' : `${Math.round(value * 10) / 10} h`;

function card(title, { wide = false, id } = {}) {
  const body = element('div', { class: 'lo-card-body' });
  const node = element('div', { class: 'lo-card' + (wide ? ' lo-wide' : ''), ...(id ? { 'data-lifecycle': id } : {}) },
    element('h4', {}, title), body);
  return { node, body };
}

function chart(Chart, body, config, charts) {
  const canvas = element('canvas');
  body.append(canvas);
  charts.push(new Chart(canvas, { ...config, options: { responsive: true, maintainAspectRatio: false, animation: false,
    ...config.options } }));
}

function table(headers, rows, numeric = []) {
  // A narrow card scrolls its table sideways rather than cutting it off.
  return element('div', { class: 'lo-scroll-x' }, element('table', { class: 'lo-table' },
    element('thead', {}, element('tr', {}, headers.map((h, i) => element('th', numeric.includes(i) ? { class: 'num' } : {}, h)))),
    element('tbody', {}, rows.map(row => element('tr', {}, row.map((cell, i) =>
      element('td', numeric.includes(i) ? { class: 'num' } : {}, cell)))))));
}

function failed(body, error) {
  body.replaceChildren(element('p', { class: 'lo-error' }, 'Could not load: ' + error.message));
}

function funnel(Chart, body, answer, charts) {
  const groups = answer.groups && answer.groups.length ? answer.groups : [{ group: 'All', stages: answer.stages || [] }];
  const stages = (groups[0].stages || []).map(stage => stage.stage);
  if (!groups.some(group => group.stages.some(stage => stage.count > 0))) {
    body.append(element('p', { class: 'lo-empty' }, 'No MQLs entered in this period.'));
    return;
  }
  chart(Chart, body, {
    type: 'bar',
    data: { labels: stages, datasets: groups.map((group, i) => ({
      label: group.group, backgroundColor: COLORS[i % COLORS.length], data: group.stages.map(stage => stage.count) })) },
    options: { plugins: { tooltip: { callbacks: { afterLabel: item => {
      const stage = groups[item.datasetIndex].stages[item.dataIndex];
      return stage.conversionFromPrevious === null ? '' : `conversion ${percent(stage.conversionFromPrevious)}`;
    } } } } }
  }, charts);
  body.append(table(['Segment', ...stages.map(s => s.replace('_', ' ').toLowerCase())], groups.map(group => [group.group,
    ...group.stages.map(stage => `${stage.count}${stage.conversionFromPrevious === null ? '' : ' (' + percent(stage.conversionFromPrevious) + ')'}`)]),
  stages.map((s, i) => i + 1)));
}

function sla(Chart, body, answer, charts) {
  const rows = (answer.rows || []).filter(row => row.completed > 0 || row.escalationsRaised > 0 || (row.open && row.open.breached > 0));
  if (!rows.length) {
    body.append(element('p', { class: 'lo-empty' }, 'No handoff was completed in this period.'));
    return;
  }
  chart(Chart, body, {
    type: 'bar',
    data: { labels: rows.map(row => row.key), datasets: [
      { label: 'SLA attainment', backgroundColor: COLORS[2], data: rows.map(row => row.attainment === null ? null : row.attainment * 100) },
      { label: 'Escalation rate', backgroundColor: COLORS[1], data: rows.map(row => row.escalationRate === null ? null : row.escalationRate * 100) }] },
    options: { indexAxis: 'y', scales: { x: { min: 0, max: 100, ticks: { callback: value => value + '%' } } } }
  }, charts);
  body.append(table(['Handoff', 'Done', 'Missed', 'Attained', 'Escalated', 'Esc. rate', 'Late now'],
    rows.map(row => [row.key, row.completed, row.missed, percent(row.attainment), row.escalationsRaised,
      percent(row.escalationRate), row.open ? row.open.breached : 0]), [1, 2, 3, 4, 5, 6]));
}

function breaches(body, answer) {
  const late = (answer.items || []).filter(item => item.kind === 'HANDOFF');
  if (!late.length) {
    body.append(element('p', { class: 'lo-empty' }, 'No handoff is past its deadline.'));
    return;
  }
  body.append(element('p', {}, `${late.length} handoff${late.length === 1 ? ' is' : 's are'} past the deadline, oldest first.`));
  body.append(element('div', { class: 'lo-scroll' }, table(['Handoff', 'Subject', 'Team', 'Owner', 'Late by'], late.map(item => {
    const hash = item.cockpit && item.cockpit.includes('#') ? item.cockpit.slice(item.cockpit.indexOf('#')) : null;
    const link = hash ? element('a', { href: hash, 'data-lifecycle': 'breach' }, item.name) : item.name;
    return [link, item.subject, item.team || '', item.owner || '—', `${Math.round(item.minutesLate / 6) / 10} h`];
  }), [4])));
}

function retention(body, answer) {
  const currency = answer.currency;
  body.append(element('div', { class: 'lo-tiles' },
    element('div', { class: 'lo-tile', 'data-lifecycle': 'nrr' }, element('b', {}, percent(answer.nrr)), element('span', {}, 'NRR')),
    element('div', { class: 'lo-tile', 'data-lifecycle': 'grr' }, element('b', {}, percent(answer.grr)), element('span', {}, 'GRR')),
    element('div', { class: 'lo-tile' }, element('b', {}, money(answer.startingArr, currency)), element('span', {}, 'Starting ARR'))));
  body.append(table(['Movement', currency], [
    ['Expansion', money(answer.expansion, currency)], ['Contraction', money(answer.contraction, currency)],
    ['Churn', money(answer.churn, currency)],
    ...Object.entries(answer.churnByReason || {}).map(([reason, amount]) => ['  churn: ' + reason, money(amount, currency)])], [1]));
}

function forecast(Chart, body, answer, charts) {
  const currencies = answer.currencies || [];
  if (!currencies.length) {
    body.append(element('p', { class: 'lo-empty' }, 'No open deal closes in this period.'));
    return;
  }
  const categories = [...new Set(currencies.flatMap(c => c.byCategory.map(line => line.category)))];
  chart(Chart, body, {
    type: 'bar',
    data: { labels: categories, datasets: currencies.map((c, i) => ({ label: c.currency, backgroundColor: COLORS[i % COLORS.length],
      data: categories.map(category => (c.byCategory.find(line => line.category === category) || { amount: 0 }).amount) })) }
  }, charts);
  body.append(table(['Currency', 'Weighted forecast', 'Commit', 'Best case', 'Pipeline'], currencies.map(c => [c.currency,
    money(c.weightedForecast, c.currency), money(c.rollups.commit, c.currency), money(c.rollups.bestCase, c.currency),
    money(c.rollups.pipeline, c.currency)]), [1, 2, 3, 4]));
}

function cycleTimes(Chart, body, answer, charts) {
  const stages = answer.stages || [];
  if (!stages.length) {
    body.append(element('p', { class: 'lo-empty' }, 'No stage ended in this period.'));
    return;
  }
  chart(Chart, body, {
    type: 'bar',
    data: { labels: stages.map(s => s.stage), datasets: [
      { label: 'Median hours', backgroundColor: COLORS[0], data: stages.map(s => s.p50Hours) },
      { label: '90th percentile hours', backgroundColor: COLORS[3], data: stages.map(s => s.p90Hours) }] }
  }, charts);
  body.append(table(['Stage', 'Stays', 'Median', 'p90', 'Median business'], stages.map(s => [s.stage, s.count, hours(s.p50Hours),
    hours(s.p90Hours), hours(s.p50BusinessHours)]), [1, 2, 3, 4]));
}

const PROCESSES = ['lead-to-opportunity', 'opportunity-to-close', 'closed-won-to-onboarding', 'renewal', 'expansion',
  'risk-play', 'support-handoff', 'advocacy'];

/** Renders the whole view into node; fixedProcess: the process definition's key on its tab. */
function render(node, fixedProcess) {
  addStyle();
  const period = thisQuarter();
  const state = { ...period, currency: 'EUR', process: fixedProcess || 'lead-to-opportunity' };
  const charts = [];
  const from = element('input', { type: 'date', value: state.from, 'data-lifecycle': 'from' });
  const to = element('input', { type: 'date', value: state.to, 'data-lifecycle': 'to' });
  const currency = element('input', { type: 'text', value: state.currency, size: '4', maxlength: '3', 'data-lifecycle': 'currency' });
  const process = element('select', { 'data-lifecycle': 'process' },
    PROCESSES.map(key => element('option', key === state.process ? { value: key, selected: 'selected' } : { value: key }, key)));
  const apply = element('button', { class: 'btn btn-default', type: 'button', 'data-lifecycle': 'apply' }, 'Show');
  const grid = element('div', { class: 'lo-grid' });
  const toolbar = element('div', { class: 'lo-toolbar' },
    element('label', {}, 'From', from), element('label', {}, 'To', to),
    fixedProcess ? '' : element('label', {}, 'Currency', currency),
    fixedProcess ? '' : element('label', {}, 'Cycle times of', process), apply);
  node.replaceChildren(element('div', { class: 'lo-dashboard', 'data-lifecycle': 'dashboard' },
    element('h3', {}, fixedProcess ? 'Lifecycle: ' + fixedProcess : 'Lifecycle'), toolbar, grid));

  const refresh = async () => {
    Object.assign(state, { from: from.value, to: to.value, currency: currency.value.toUpperCase(), process: fixedProcess || process.value });
    charts.splice(0).forEach(c => c.destroy());
    const cards = fixedProcess
      ? { cycle: card('Cycle time per stage', { id: 'cycle-times', wide: true }) }
      : { funnel: card('Funnel by segment (MQLs entered in the period)', { id: 'funnel' }),
          sla: card('SLA attainment and escalation rate per handoff', { id: 'sla' }),
          breaches: card('Open breaches', { id: 'breaches' }),
          retention: card(`Net and gross revenue retention (${state.currency})`, { id: 'retention' }),
          forecast: card('Forecast by category (deals closing in the period)', { id: 'forecast' }),
          cycle: card(`Cycle time per stage: ${state.process}`, { id: 'cycle-times' }) };
    grid.replaceChildren(...Object.values(cards).map(c => c.node));
    const range = { from: state.from, to: state.to };
    let Chart;
    try {
      Chart = await loadCharts();
    } catch (error) {
      Object.values(cards).forEach(c => failed(c.body, error));
      return;
    }
    const load = (c, promise, draw) => promise.then(answer => draw(answer)).catch(error => failed(c.body, error));
    const jobs = [load(cards.cycle, metrics('cycle-times', { ...range, process: state.process }),
      answer => cycleTimes(Chart, cards.cycle.body, answer, charts))];
    if (!fixedProcess) {
      jobs.push(
        load(cards.funnel, metrics('funnel', { ...range, groupBy: 'segment' }), a => funnel(Chart, cards.funnel.body, a, charts)),
        load(cards.sla, metrics('sla', { ...range, groupBy: 'handoff' }), a => sla(Chart, cards.sla.body, a, charts)),
        load(cards.breaches, metrics('stuck', {}), a => breaches(cards.breaches.body, a)),
        load(cards.retention, metrics('retention', { ...range, currency: state.currency }), a => retention(cards.retention.body, a)),
        load(cards.forecast, metrics('forecast', range), a => forecast(Chart, cards.forecast.body, a, charts)));
    }
    await Promise.all(jobs);
    node.querySelector('[data-lifecycle=dashboard]').setAttribute('data-loaded', 'true');
  };
  apply.addEventListener('click', refresh);
  refresh();
  return () => charts.splice(0).forEach(c => c.destroy());
}

export default [
  {
    id: 'lifecycle-ops-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: node => render(node, null),
    properties: { label: 'Lifecycle' }
  },
  {
    id: 'lifecycle-ops-process-tab',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: 1,
    render: (node, { processDefinitionId }) => render(node, processDefinitionId.split(':')[0]),
    properties: { label: 'Lifecycle' }
  }
];
