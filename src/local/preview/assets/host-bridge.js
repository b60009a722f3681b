/*
 * The preview's stand-in for the Forge host. @forge/bridge calls window.__bridge.callBridge(command, data);
 * in Jira the host page answers over postMessage, here this script answers over HTTP to the preview server.
 * The simulated Forge context (project, user, theme, failures) comes from this frame's URL query:
 *   ?project=CALM&user=admin&theme=dark&fail=getReport&failTimes=1
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
  };
  var failing = (query.get('fail') || '').split(',').filter(Boolean);
  var failTimes = query.has('failTimes') ? Number(query.get('failTimes')) : Infinity;
  var failuresLeft = {};
  failing.forEach(function (name) { failuresLeft[name] = failTimes; });
  var moduleKey = window.location.pathname.indexOf('/portfolio/') >= 0 ? 'backlog-health-portfolio' : 'backlog-health-project-page';
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
        context: { project: context.project, user: context.user },
        simulateFailure: shouldFail(data.functionKey),
      });
    },
    getContext: function () {
      return post('/api/context', { context: { project: context.project, user: context.user } }).then(function (answer) {
        return {
          accountId: answer.accountId,
          cloudId: 'preview',
          localId: 'ari:cloud:ecosystem::extension/preview-app/preview-env/static/' + moduleKey,
          moduleKey: moduleKey,
          environmentType: 'DEVELOPMENT',
          locale: 'en-GB',
          timezone: 'UTC',
          theme: { colorMode: context.theme },
          extension: context.project ? { type: 'jira:projectPage', project: { key: context.project } } : { type: 'jira:globalPage' },
        };
      });
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
