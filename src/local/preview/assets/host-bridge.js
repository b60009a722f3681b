/*
 * The preview's stand-in for the Forge host. @forge/bridge calls window.__bridge.callBridge(command, data);
 * in Jira the host page answers over postMessage, here this script answers over HTTP to the preview server.
 * The simulated Forge context (project, user, theme, failures) comes from this frame's URL query:
 *   ?project=CALM&user=admin&theme=dark&fail=getReport&failTimes=1
 * and, for the issue view and the gadget: &issue=CALM-4, &gadget=team (&edit=1 for its edit view),
 * &rovo=off to simulate a site where Rovo is not enabled.
 * Loaded as a classic script before the app bundle (a file, not inline: the page runs under Forge's CSP).
 * Calls carry the key of the preview run that the preview wrote into this page (request-guard.ts).
 */
(function () {
  'use strict';
  var query = new URLSearchParams(window.location.search);
  var context = {
    project: query.get('project'),
    user: query.get('user') || 'admin',
    theme: query.get('theme') === 'dark' ? 'dark' : 'light',
    issue: query.get('issue'),
    gadget: query.get('gadget'),
  };
  var path = window.location.pathname;
  var failing = (query.get('fail') || '').split(',').filter(Boolean);
  var failTimes = query.has('failTimes') ? Number(query.get('failTimes')) : Infinity;
  var failuresLeft = {};
  failing.forEach(function (name) { failuresLeft[name] = failTimes; });
  // The module this frame is, as manifest.yml names it, and the extension context Forge gives it.
  var module = path.indexOf('/portfolio/') >= 0
    ? { key: 'backlog-health-portfolio', extension: { type: 'jira:globalPage' } }
    : path.indexOf('/issue-context/') >= 0
      ? { key: 'backlog-health-issue-context', extension: { type: 'jira:issueContext', issue: { key: context.issue }, project: { key: context.project } } }
      : path.indexOf('/gadget/') >= 0
        ? { key: 'backlog-health-gadget', extension: { type: 'jira:dashboardGadget', gadget: { id: context.gadget }, dashboard: { id: 'preview' }, entryPoint: query.get('edit') === '1' ? 'edit' : undefined } }
        : { key: 'backlog-health-project-page', extension: { type: 'jira:projectPage', project: { key: context.project } } };
  var moduleKey = module.key;
  var listeners = {};
  // Tests (and the curious) can send the frame a Jira event, such as JIRA_ISSUE_CHANGED.
  window.__previewEmit = function (event, payload) {
    (listeners[event] || []).forEach(function (callback) { callback(payload); });
  };
  var navigations = [];
  window.__previewNavigations = navigations;

  function applyTheme() {
    var root = document.documentElement;
    root.setAttribute('data-color-mode', context.theme);
    root.setAttribute('data-theme', 'light:light dark:dark spacing:spacing typography:typography shape:shape');
  }

  function shouldFail(functionKey) {
    if (!(functionKey in failuresLeft) || failuresLeft[functionKey] <= 0) return false;
    failuresLeft[functionKey] -= 1;
    return true;
  }

  // The key of this preview run, which the preview wrote into this page: it takes calls only with it.
  function previewKey() {
    var meta = document.querySelector('meta[name="backlog-health-preview-key"]');
    return meta ? meta.getAttribute('content') : '';
  }

  function post(path, body) {
    return fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-preview-key': previewKey() },
      body: JSON.stringify(body),
    }).then(function (response) {
      if (!response.ok) throw new Error('The preview server answered ' + response.status + ' to ' + path);
      return response.json();
    });
  }

  function previewPageFor(url) {
    var project = /^\/jira\/software\/projects\/([^/]+)\/apps\//.exec(url);
    if (project) {
      var params = new URLSearchParams({ project: decodeURIComponent(project[1]), user: context.user, theme: context.theme });
      return '/project-page/?' + params.toString();
    }
    return null;
  }

  function showDashboard() {
    var params = new URLSearchParams({ user: context.user, theme: context.theme });
    if (window.top !== window) window.top.location.href = '/dashboard/?' + params.toString();
    else window.location.href = window.location.pathname + '?' + new URLSearchParams({ gadget: context.gadget || '', user: context.user, theme: context.theme }).toString();
  }

  function navigate(data) {
    var url = typeof data === 'string' ? data : (data && data.url) || '';
    navigations.push({ url: url, type: data && data.type });
    var local = previewPageFor(url);
    if (local) {
      window.top.location.href = local;
      return Promise.resolve();
    }
    return fetch('/api/preview-config').then(function (r) { return r.json(); }).then(function (config) {
      if (!config.siteUrl) return;
      var target = config.siteUrl.replace(/\/$/, '') + url;
      if (data && data.type === 'same-tab') window.top.location.href = target;
      else window.open(target, '_blank', 'noopener');
    });
  }

  var handlers = {
    invoke: function (data) {
      return post('/api/invoke', {
        functionKey: data.functionKey,
        payload: data.payload || {},
        context: { project: context.project, user: context.user, issue: context.issue, gadget: context.gadget },
        simulateFailure: shouldFail(data.functionKey),
      });
    },
    getContext: function () {
      return post('/api/context', { context: { project: context.project, user: context.user, gadget: context.gadget } }).then(function (answer) {
        var extension = module.extension;
        if (extension.type === 'jira:dashboardGadget') extension = Object.assign({}, extension, { gadgetConfiguration: answer.gadgetConfiguration || {} });
        return {
          accountId: answer.accountId,
          cloudId: 'preview',
          localId: 'ari:cloud:ecosystem::extension/preview-app/preview-env/static/' + moduleKey,
          moduleKey: moduleKey,
          environmentType: 'DEVELOPMENT',
          locale: 'en-GB',
          timezone: 'UTC',
          theme: { colorMode: context.theme },
          extension: extension,
        };
      });
    },
    // A gadget's edit view saves its configuration (Jira keeps it with the gadget), then shows the gadget.
    submit: function (configuration) {
      return post('/api/gadget-config', { gadget: context.gadget, configuration: configuration }).then(function () {
        showDashboard();
        return true;
      });
    },
    close: function () {
      showDashboard();
      return Promise.resolve(true);
    },
    isRovoEnabled: function () {
      return Promise.resolve(query.get('rovo') !== 'off');
    },
    // Rovo's chat is Jira's: the preview opens its coach panel with the prompt instead.
    openRovo: function (data) {
      var params = new URLSearchParams({ user: context.user, theme: context.theme, prompt: (data && data.prompt) || '' });
      if (context.project) params.set('project', context.project);
      window.top.location.href = '/coach/?' + params.toString();
      return Promise.resolve(true);
    },
    on: function (data) {
      (listeners[data.event] = listeners[data.event] || []).push(data.callback);
      return Promise.resolve({ unsubscribe: function () {} });
    },
    enableTheming: function () {
      applyTheme();
      return Promise.resolve();
    },
    navigate: navigate,
    getUrl: function () {
      return Promise.resolve(window.location.origin + '/');
    },
    reload: function () {
      window.location.reload();
      return Promise.resolve();
    },
  };

  window.__bridge = {
    callBridge: function (command, data) {
      var handler = handlers[command];
      if (!handler) return Promise.reject(new Error('The preview does not support the bridge call "' + command + '".'));
      try {
        return Promise.resolve(handler(data));
      } catch (error) {
        return Promise.reject(error);
      }
    },
  };
})();
