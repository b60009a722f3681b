/*
 * The preview's coach panel: calls the coach's actions through the preview, as the viewer chosen in
 * the bar, and shows the answer (what the agent would be given), then the whole of it as JSON.
 */
(function () {
  'use strict';
  var main = document.querySelector('main.coach');
  var form = document.getElementById('coach-form');
  var out = document.getElementById('coach-answer');
  if (!main || !form || !out) return;
  var key = document.querySelector('meta[name="backlog-health-preview-key"]');

  function paragraph(text, className) {
    var p = document.createElement('p');
    p.textContent = text;
    if (className) p.className = className;
    return p;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var action = form.elements.action.value;
    var payload = {};
    if (action === 'coachSignalEvidence') payload.signal = form.elements.signal.value;
    if (action === 'coachSprintReport' && form.elements.sprint.value !== '') payload.sprint = form.elements.sprint.value;
    out.textContent = 'Asking…';
    fetch('/api/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-preview-key': key ? key.getAttribute('content') : '' },
      body: JSON.stringify({ functionKey: action, payload: payload, context: { project: main.getAttribute('data-project'), user: main.getAttribute('data-user') } }),
    })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        out.textContent = '';
        var box = document.createElement('div');
        box.className = 'answer';
        box.setAttribute('data-testid', 'coach-answer');
        if (answer.error) box.appendChild(paragraph('Refused: ' + answer.error.message));
        if (answer.freshness) box.appendChild(paragraph(answer.freshness, 'muted'));
        if (answer.answer) box.appendChild(paragraph(answer.answer));
        (answer.questions || (answer.question ? [answer.question] : [])).forEach(function (q) { box.appendChild(paragraph('A question for the team: ' + q)); });
        var details = document.createElement('details');
        var summary = document.createElement('summary');
        summary.textContent = 'The whole answer, as the agent gets it';
        var pre = document.createElement('pre');
        pre.textContent = JSON.stringify(answer, null, 2);
        details.appendChild(summary);
        details.appendChild(pre);
        box.appendChild(details);
        out.appendChild(box);
      })
      .catch(function (error) { out.textContent = 'The preview did not answer: ' + error.message; });
  });
})();
