/* The preview's switch bar: changing a choice reloads the page with the new simulated Forge context.
   On the demo site, its sprint buttons close the running sprint or start the next one; the page
   reloads once the app has recorded it. */
(function () {
  'use strict';
  var form = document.getElementById('preview-bar');
  if (!form) return;
  form.addEventListener('change', function () {
    var params = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (element) {
      if (element.name && element.value) params.set(element.name, element.value);
    });
    window.location.search = params.toString();
  });

  var status = document.getElementById('demo-sprint-status');
  var meta = document.querySelector('meta[name="backlog-health-preview-key"]');
  Array.prototype.forEach.call(document.querySelectorAll('[data-demo-sprint]'), function (button) {
    button.addEventListener('click', function () {
      var project = form.elements.project ? form.elements.project.value : '';
      status.textContent = 'Working…';
      fetch('/api/demo-sprint', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-preview-key': meta ? meta.getAttribute('content') : '' },
        body: JSON.stringify({ project: project, action: button.getAttribute('data-demo-sprint') }),
      })
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          status.textContent = answer.error ? answer.error.message : answer.message;
          var frame = document.querySelector('iframe');
          if (!answer.error && frame) frame.contentWindow.location.reload();
        })
        .catch(function () { status.textContent = 'The preview did not answer.'; });
    });
  });
})();
