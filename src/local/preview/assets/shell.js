/* The preview's switch bar: changing a choice reloads the page with the new simulated Forge context. */
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
})();
