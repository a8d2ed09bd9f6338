/*
 * SpeakUp — small progressive enhancements. Everything works without this file.
 *  (a) confirm before submitting: button[data-confirm] / form[data-confirm]
 *  (b) range inputs mirror their value: input[type=range][data-output="id"]
 *  (c) focus the error summary on load when the page asks: [data-autofocus-error]
 */
(function () {
  'use strict';

  var lastSubmitter = null; // fallback for browsers without SubmitEvent.submitter

  function confirmMessage(node) {
    if (!node || !node.hasAttribute || !node.hasAttribute('data-confirm')) return null;
    return node.getAttribute('data-confirm') || 'Are you sure?';
  }

  // (a) Remember which button submitted, then ask on submit.
  document.addEventListener('click', function (event) {
    var button = event.target && event.target.closest
      ? event.target.closest('button, input[type="submit"]')
      : null;
    lastSubmitter = button && button.form ? button : null;
  }, true);

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var submitter = event.submitter || lastSubmitter;
    if (submitter && submitter.form !== form) submitter = null;
    lastSubmitter = null;

    // A button's own message wins over the form's.
    var message = confirmMessage(submitter) || confirmMessage(form);
    if (message && !window.confirm(message)) event.preventDefault();
  });

  // (b) Mirror range values into their <output>.
  function mirror(range) {
    var out = document.getElementById(range.getAttribute('data-output'));
    if (out) out.textContent = range.value;
  }

  document.addEventListener('input', function (event) {
    var t = event.target;
    if (t && t.matches && t.matches('input[type="range"][data-output]')) mirror(t);
  });

  function init() {
    document.querySelectorAll('input[type="range"][data-output]').forEach(mirror);

    // (c) Focus the error summary so screen-reader and keyboard users land on it.
    var marker = document.querySelector('[data-autofocus-error]');
    if (!marker) return;
    var summary = marker.matches('.error-summary')
      ? marker
      : marker.querySelector('.error-summary') || document.querySelector('.error-summary');
    if (!summary) return;
    if (!summary.hasAttribute('tabindex')) summary.setAttribute('tabindex', '-1');
    summary.focus();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
