// The warning before a session times out (fragments/session.html). The server ends a session after a time without
// requests; this counts from the last request any tab of this browser made (shared through localStorage), warns
// before the end with a way to stay signed in, and says so once it has ended. Other scripts report their own
// requests with the 'coopflow:activity' event, and a request refused for an ended session with 'coopflow:ended'.
(function () {
  'use strict';
  var settings = document.getElementById('session-timeout');
  var warning = document.getElementById('session-warning');
  var ended = document.getElementById('session-ended');
  if (!settings || !warning || !ended || typeof warning.showModal !== 'function') {
    return;
  }
  var timeout = Number(settings.dataset.timeout) * 1000;
  var warnBefore = Math.min(Number(settings.dataset.warnBefore) * 1000, timeout * 0.9);
  var key = 'coopflow.session.lastActivity';
  var lastActivity = Date.now();
  var isEnded = false;

  function remember(time) {
    lastActivity = time;
    try {
      localStorage.setItem(key, String(time));
    } catch (storageOff) {
      // private mode: this tab counts on its own
    }
  }

  function close(dialog) {
    if (dialog.open) {
      dialog.close();
    }
  }

  function showWarning() {
    var deadline = document.getElementById('session-deadline');
    var at = new Date(lastActivity + timeout);
    var time = at.toLocaleTimeString(document.documentElement.lang || undefined, {hour: '2-digit', minute: '2-digit'});
    deadline.textContent = deadline.dataset.template.replace('{time}', time);
    if (!warning.open) {
      warning.showModal();
    }
  }

  function showEnded() {
    isEnded = true;
    close(warning);
    if (!ended.open) {
      ended.showModal();
    }
  }

  function check() {
    if (isEnded) {
      return;
    }
    var left = lastActivity + timeout - Date.now();
    if (left <= 0) {
      showEnded();
    } else if (left <= warnBefore) {
      showWarning();
    } else {
      close(warning);
    }
  }

  function stay() {
    fetch(settings.dataset.keepAliveUrl, {credentials: 'same-origin', redirect: 'manual', cache: 'no-store',
      headers: {'Accept': 'application/json'}})
      .then(function (response) {
        if (response.ok) {
          remember(Date.now());
          close(warning);
        } else {
          showEnded(); // redirected to the sign-in page: the session was gone already
        }
      }, function () {
        check(); // no connection: the warning stays while there is time left
      });
  }

  remember(Date.now()); // this page was a request
  document.getElementById('session-stay').addEventListener('click', stay);
  warning.addEventListener('cancel', function (event) {
    event.preventDefault(); // Escape means "stay", not "leave the warning up with no answer"
    stay();
  });
  ended.addEventListener('cancel', function (event) {
    event.preventDefault(); // there is nothing to go back to: sign in again
  });
  document.addEventListener('coopflow:activity', function () {
    remember(Date.now());
    check();
  });
  document.addEventListener('coopflow:ended', showEnded);
  document.addEventListener('htmx:afterRequest', function (event) {
    if (event.detail && event.detail.successful) {
      remember(Date.now()); // a request of the page's own: the session was kept
    }
  });
  window.addEventListener('storage', function (event) {
    if (event.key === key && event.newValue) {
      lastActivity = Math.max(lastActivity, Number(event.newValue));
      check();
    }
  });
  // every few seconds rather than one long timer: a computer that slept wakes up to the right state
  setInterval(check, 5000);
  document.addEventListener('visibilitychange', check);
})();
