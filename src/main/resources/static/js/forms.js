// After a form comes back with errors, move the focus to what needs attention: the error summary at the top (its
// links lead to each field), or else the first field marked invalid.
(function () {
  'use strict';
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
    return;
  }
  var invalid = document.querySelector('[aria-invalid="true"]');
  if (invalid) {
    invalid.focus();
  }
})();
