'use strict';
// The page's behaviour: it talks only to this server's /api, and builds every element with textContent, so text
// from a ticket or a document is never read as markup.

const $ = (id) => document.getElementById(id);
const state = { interview: null, factsFile: null };

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function headers(extra) {
  const all = Object.assign({}, extra);
  const token = $('token').value.trim();
  if (token) all.Authorization = 'Bearer ' + token;
  return all;
}

async function call(method, path, body, contentType) {
  const options = { method, headers: headers(contentType ? { 'Content-Type': contentType } : {}) };
  if (body !== undefined) options.body = body;
  const response = await fetch(path, options);
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    if (response.status === 401) $('token-box').open = true;
    let text = response.status + ' ' + response.statusText;
    if (type.startsWith('application/problem+json')) {
      const problem = await response.json();
      text = problem.detail + (problem.field ? ' (' + problem.field + ')' : '');
      (problem.errors || []).forEach((error) => { text += '\n' + error.text; });
    }
    throw new Error(text);
  }
  return type.startsWith('application/json') ? response.json() : response.text();
}

function say(text) {
  $('message').textContent = text || '';
}

// Files go as a multipart form (the browser writes its Content-Type); without any, a plain form as before.
const ARTIFACT_INPUTS = { 'artifact-files': 'artifact', 'registry-client': 'registry-client',
  'registry-server': 'registry-server' };

function chosenFiles() {
  const files = [];
  Object.entries(ARTIFACT_INPUTS).forEach(([id, part]) => {
    Array.from($(id).files).forEach((file) => files.push([part, file]));
  });
  return files;
}

function form() {
  const files = chosenFiles();
  const data = files.length ? new FormData() : new URLSearchParams();
  data.set('text', $('ticket').value);
  data.set('facts', $('facts').value);
  if ($('domain').value.trim()) data.set('domain', $('domain').value.trim());
  files.forEach(([part, file]) => data.append(part, file, file.name));
  return { body: data, type: files.length ? undefined : 'application/x-www-form-urlencoded' };
}

function source(fact) {
  const where = fact.source;
  const place = where.line ? where.where + ':' + where.line : where.where;
  switch (where.kind) {
    case 'answer': return 'your answer to ' + where.where;
    case 'text': return 'read from the ' + place + (where.words ? ': "' + where.words + '"' : '')
      + (where.note ? '; ' + where.note : '');
    case 'derived': return 'worked out by rule ' + where.where;
    case 'probe': return 'looked up: ' + where.where;
    default: return 'from ' + place + (where.note ? '; ' + where.note : '');
  }
}

function evidenceList(items) {
  const list = element('ul');
  items.forEach((item) => {
    const entry = element('li', item.fact + ' ');
    entry.appendChild(element('span', '(' + source(item) + ')', 'source'));
    if (item.basis) entry.appendChild(evidenceList(item.basis));
    list.appendChild(entry);
  });
  return list;
}

function causeBlock(cause, heading) {
  const block = element('article', null, 'cause');
  const title = element('h3', heading + ' ');
  title.appendChild(element('span', 'confidence ' + cause.confidence, 'confidence'));
  block.appendChild(title);
  if (cause.remedy && cause.remedy.length) {
    block.appendChild(element('h4', 'What to do'));
    const steps = element('ol');
    cause.remedy.forEach((step) => steps.appendChild(element('li', step)));
    block.appendChild(steps);
  }
  const why = element('details');
  why.appendChild(element('summary', 'Evidence: why this cause'));
  cause.rules.forEach((rule) => {
    why.appendChild(element('p', (rule.confidence < 0 ? 'Against, ' : '') + rule.rule + ': ' + rule.name
      + ' (' + rule.confidence + ')'));
    why.appendChild(evidenceList(rule.evidence));
  });
  block.appendChild(why);
  return block;
}

function showDiagnosis(diagnosis, intro) {
  const body = $('result-body');
  body.replaceChildren();
  if (intro) body.appendChild(element('p', intro));
  const shown = diagnosis.causes.filter((cause) => cause.shown);
  if (shown.length === 0) {
    body.appendChild(element('p', 'No likely cause was found in what was given. Add what the user saw, the '
      + 'settings, or run the interview.', 'nothing'));
  }
  shown.forEach((cause) => body.appendChild(causeBlock(cause, cause.rank + '. ' + cause.title)));
  const others = diagnosis.causes.filter((cause) => !cause.shown && cause.confidence > 0);
  if (others.length) {
    body.appendChild(element('h3', 'Also considered'));
    const list = element('ul');
    others.forEach((cause) => list.appendChild(element('li', cause.title + ' (confidence ' + cause.confidence + ')')));
    body.appendChild(list);
  }
  diagnosis.advisories.forEach((advisory) => {
    const block = element('article', null, 'cause advisory');
    block.appendChild(element('h3', 'Advisory: ' + advisory.title));
    const steps = element('ol');
    (advisory.remedy || []).forEach((step) => steps.appendChild(element('li', step)));
    block.appendChild(steps);
    body.appendChild(block);
  });
  if (diagnosis.checkNext.length) {
    body.appendChild(element('h3', 'Check next'));
    const list = element('ul');
    diagnosis.checkNext.forEach((open) => list.appendChild(element('li', open.question)));
    body.appendChild(list);
  }
  if (diagnosis.notes && diagnosis.notes.length) {
    body.appendChild(element('h3', 'Notes on reading the input'));
    const list = element('ul', null, 'notes');
    diagnosis.notes.forEach((note) => list.appendChild(element('li', note)));
    body.appendChild(list);
  }
  body.appendChild(element('h3', 'Facts used'));
  if (diagnosis.facts.length === 0) body.appendChild(element('p', 'None: nothing in the input was recognised.'));
  else body.appendChild(evidenceList(diagnosis.facts));
  $('result').hidden = false;
  $('result-heading').focus();
}

function download(name, text) {
  const link = element('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
}

async function diagnose(event) {
  event.preventDefault();
  say('');
  try {
    const request = form();
    showDiagnosis(await call('POST', '/api/diagnose', request.body, request.type));
  } catch (failure) {
    say(failure.message);
  }
}

async function downloadFacts() {
  say('');
  try {
    const request = form();
    download('facts.yaml', await call('POST', '/api/facts', request.body, request.type));
  } catch (failure) {
    say(failure.message);
  }
}

function choose(mode) {
  const interview = mode === 'interview';
  $('diagnose').hidden = interview;
  $('interview').hidden = !interview;
  $('mode-diagnose').setAttribute('aria-pressed', String(!interview));
  $('mode-interview').setAttribute('aria-pressed', String(interview));
}

function showStanding(causes) {
  const standing = $('standing');
  standing.replaceChildren();
  if (!causes.length) return;
  standing.appendChild(element('h3', 'Causes as they stand'));
  const table = element('table');
  causes.forEach((cause) => {
    const row = element('tr');
    row.appendChild(element('td', cause.rank + '. ' + cause.title));
    row.appendChild(element('td', String(cause.confidence) + (cause.established ? ' (established)' : '')));
    const cell = element('td');
    const how = element('button', 'How?');
    how.type = 'button';
    how.setAttribute('aria-label', 'How: evidence for ' + cause.title);
    how.addEventListener('click', () => explainCause(cause.rank));
    cell.appendChild(how);
    row.appendChild(cell);
    table.appendChild(row);
  });
  standing.appendChild(table);
}

async function explainCause(rank) {
  try {
    const cause = await call('GET', '/api/interviews/' + state.interview + '/how/' + rank);
    const why = $('why');
    why.replaceChildren(causeBlock(cause, 'How: ' + cause.title));
    why.hidden = false;
  } catch (failure) {
    say(failure.message);
  }
}

function showQuestion(current) {
  $('why').hidden = true;
  showStanding(current.causes);
  if (current.done) {
    finish();
    return;
  }
  const question = current.question;
  state.fact = question.fact;
  $('question-form').dataset.fact = question.fact;
  $('question-form').hidden = false;
  $('question-text').textContent = 'Question ' + (current.answered + 1) + '. ' + question.text;
  const input = $('question-input');
  input.replaceChildren();
  if (question.choices.length) {
    question.choices.forEach((choice, index) => {
      const id = 'choice-' + index;
      const label = element('label');
      const radio = element('input');
      radio.type = 'radio';
      radio.name = 'answer';
      radio.id = id;
      radio.value = choice.value;
      label.htmlFor = id;
      label.appendChild(radio);
      label.appendChild(document.createTextNode(' ' + choice.label));
      input.appendChild(label);
    });
  } else {
    const label = element('label', question.expected ? 'Answer (' + question.expected + ')' : 'Answer');
    label.htmlFor = 'answer-text';
    const text = element('input');
    text.type = 'text';
    text.id = 'answer-text';
    text.name = 'answer';
    input.appendChild(label);
    input.appendChild(text);
  }
  $('question-text').focus();
}

async function step(path, body) {
  say('');
  try {
    const json = body === undefined ? undefined : JSON.stringify(body);
    showQuestion(await call('POST', '/api/interviews/' + state.interview + path, json,
      json === undefined ? undefined : 'application/json'));
  } catch (failure) {
    say(failure.message);
  }
}

async function startInterview() {
  say('');
  $('result').hidden = true;
  const facts = $('facts').value.trim();
  try {
    const started = await call('POST', '/api/interviews', facts || undefined,
      facts ? (facts.startsWith('{') ? 'application/json' : 'application/yaml') : undefined);
    state.interview = started.id;
    showQuestion(started);
  } catch (failure) {
    say(failure.message);
  }
}

function answer(event) {
  event.preventDefault();
  const picked = document.querySelector('#question-input input[type=radio]:checked');
  const typed = $('answer-text');
  const value = picked ? picked.value : typed ? typed.value : '';
  if (!value.trim()) {
    say('Choose or type an answer first, or say you can\'t find out.');
    return;
  }
  step('/answer', { answer: value, fact: state.fact });
}

async function why() {
  try {
    const reasons = await call('GET', '/api/interviews/' + state.interview + '/why');
    const panel = $('why');
    panel.replaceChildren(element('h3', 'Why this question'));
    const rules = element('ul');
    reasons.raisedBy.forEach((need) => rules.appendChild(element('li', 'Rule ' + need.rule + ' (' + need.name
      + ') needs it.')));
    panel.appendChild(rules);
    const effects = element('ul');
    reasons.effects.forEach((effect) => {
      const moves = effect.moves.map((move) => move.cause + ' ' + move.before + ' to ' + move.after);
      effects.appendChild(element('li', 'If ' + effect.label + ': ' + (moves.length ? moves.join('; ')
        : 'no cause moves')));
    });
    panel.appendChild(effects);
    panel.hidden = false;
  } catch (failure) {
    say(failure.message);
  }
}

async function finish() {
  try {
    const finished = await call('POST', '/api/interviews/' + state.interview + '/finish');
    $('question-form').hidden = true;
    state.factsFile = finished.factsFile;
    showDiagnosis(finished.diagnosis, 'The interview is over after ' + finished.answered + ' answers.');
    const save = element('button', 'Download the facts file of this interview');
    save.type = 'button';
    save.id = 'download-interview-facts';
    save.addEventListener('click', () => download('interview-facts.yaml', state.factsFile));
    $('result-body').appendChild(save);
  } catch (failure) {
    say(failure.message);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  const saved = sessionStorage.getItem('signin-doctor-token');
  if (saved) $('token').value = saved;
  $('token').addEventListener('change', () => sessionStorage.setItem('signin-doctor-token', $('token').value));
  $('mode-diagnose').addEventListener('click', () => choose('diagnose'));
  $('mode-interview').addEventListener('click', () => choose('interview'));
  $('diagnose-form').addEventListener('submit', diagnose);
  $('download-facts').addEventListener('click', downloadFacts);
  $('facts-upload').addEventListener('change', async (event) => {
    const file = event.target.files[0];
    if (file) $('facts').value = await file.text();
  });
  $('start-interview').addEventListener('click', startInterview);
  $('question-form').addEventListener('submit', answer);
  $('unknown-button').addEventListener('click', () => step('/unknown', { fact: state.fact }));
  $('back-button').addEventListener('click', () => step('/back'));
  $('why-button').addEventListener('click', why);
  $('finish-button').addEventListener('click', finish);
});
