// Keeps the request form's draft on the server while the partner types (RequestFormPages: POST /requests/draft), so
// that a session that ends, a crash or another device loses nothing. Saved a moment after typing stops and when the
// page is left. If the session has ended, what was typed since the last save is kept in this window
// (sessionStorage, for this user and this form only) and put back and saved when the partner returns to the form.
(function () {
  'use strict';
  var form = document.getElementById('request-form');
  var status = document.getElementById('draft-status');
  if (!form || !status || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var STASH = 'coopflow.requestDraft';
  var token = form.querySelector('input[name="_csrf"]');
  var key = form.querySelector('input[name="idempotencyKey"]');
  var dirty = false;
  var submitting = false;
  var timer = null;

  function fields() {
    var data = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string' && name !== '_csrf') {
        data.append(name, value);
      }
    });
    return data;
  }

  function stash(data) {
    try {
      sessionStorage.setItem(STASH, JSON.stringify({owner: form.dataset.draftOwner, key: key.value,
        fields: Array.from(data.entries())}));
    } catch (storageOff) {
      // nothing more we can do: the last saved draft is on the server
    }
  }

  function save(leaving) {
    if (!dirty) {
      return;
    }
    dirty = false;
    var data = fields();
    var body = data.toString();
    status.textContent = form.dataset.draftSaving;
    fetch(form.dataset.draftUrl, {
      method: 'POST', body: body, credentials: 'same-origin', redirect: 'manual',
      keepalive: leaving === true && body.length < 60000,
      headers: {'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8', 'Accept': 'application/json',
        'X-CSRF-TOKEN': token ? token.value : ''}
    }).then(function (response) {
      if (response.ok) {
        sessionStorage.removeItem(STASH);
        document.dispatchEvent(new CustomEvent('coopflow:activity'));
        return response.json().then(function (answer) {
          status.textContent = answer.message;
        });
      }
      if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
        // the session has ended: the sign-in page answered instead
        stash(data);
        status.textContent = form.dataset.draftEnded;
        document.dispatchEvent(new CustomEvent('coopflow:ended'));
        return undefined;
      }
      return response.json().then(function (answer) {
        status.textContent = answer.message;
      }, function () {
        status.textContent = form.dataset.draftOffline;
      });
    }, function () {
      dirty = true; // no connection: the next change (or leaving) tries again
      stash(data);
      status.textContent = form.dataset.draftOffline;
    });
  }

  function changed(event) {
    if (event.target.type === 'file' || event.target.name === '_csrf') {
      return;
    }
    submitting = false;
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(save, 1200);
  }

  // what was typed after the session ended, for this user and this same form (the server restored its draft)
  function restoreStash() {
    var kept;
    try {
      kept = JSON.parse(sessionStorage.getItem(STASH) || 'null');
    } catch (unreadable) {
      kept = null;
    }
    if (!kept || kept.owner !== form.dataset.draftOwner || kept.key !== key.value) {
      sessionStorage.removeItem(STASH);
      return;
    }
    var values = {};
    kept.fields.forEach(function (pair) {
      (values[pair[0]] = values[pair[0]] || []).push(pair[1]);
    });
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.type === 'file' || field.name === '_csrf' || field.type === 'hidden') {
        return;
      }
      var sent = values[field.name] || [];
      if (field.type === 'checkbox' || field.type === 'radio') {
        field.checked = sent.indexOf(field.value) >= 0;
      } else {
        field.value = sent.length ? sent[0] : '';
      }
    });
    status.textContent = form.dataset.draftKept;
    dirty = true;
    save();
  }

  status.textContent = status.dataset.explain;
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', function (event) {
    if (event.defaultPrevented) {
      return; // not sent after all (a file over the limit)
    }
    clearTimeout(timer);
    if (dirty) {
      stash(fields()); // in case the session has ended; a form sent with errors is kept as the draft by the server
    }
    dirty = false;
    submitting = true; // leaving for the answer: no draft save may race the request it becomes
  });
  window.addEventListener('pagehide', function () {
    if (!submitting) {
      save(true);
    }
  });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden' && !submitting) {
      save(true);
    }
  });
  restoreStash();
})();
