import { formatPortfolio, formatReport } from '../../../src/report/format';
import { escapeHtml } from '../../../src/report/format/html';
import { makeKanbanReport, makeReport } from './fixture';

describe('HTML format', () => {
  it('escapes a <script> in an issue summary', () => {
    const html = formatReport(makeReport(), 'html');
    expect(html).toContain('<td>Escape &lt;script&gt; tags in comment previews</td>');
    expect(html).not.toMatch(/<script/i);
  });

  it('escapes every text the report carries, attributes included', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    const report = makeReport();
    report.project.name = 'Payments <img src=x onerror=alert(1)>';
    report.signals[0].observation = '"quoted" & <b>bold</b>';
    const html = formatReport(report, 'html');
    expect(html).not.toContain('<img');
    expect(html).toContain('<title>Backlog health: Payments &lt;img src=x onerror=alert(1)&gt; (HARB)</title>');
    expect(html).toContain('<dd>&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;</dd>');
  });

  it('is a self-contained page: no script, no external resource, a CSP that forbids loading any', () => {
    const report = makeReport();
    const html = formatReport(report, 'html');
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).not.toMatch(/\bsrc=/i);
    // The only links: issue keys to the issue on the site the report was read from.
    const addresses = [...html.matchAll(/\bhref="([^"]*)"/g)].map((m) => m[1]);
    expect(addresses.length).toBeGreaterThan(5);
    for (const address of addresses) expect(address).toMatch(/^https:\/\/harbour\.atlassian\.net\/browse\/HARB-\d+$/);
    // The avatar URL in the people map is never shown or loaded.
    expect(html).not.toContain('avatar.example');
  });

  it('renders tables with scoped headers, numbers right-aligned, and toned traffic lights', () => {
    const html = formatReport(makeReport(), 'html');
    expect(html).toContain('<tr><td>Harbour Sprint 41</td><td class="num">85%</td><td class="num">85%</td><td class="num">25%</td><td class="num">40%</td></tr>');
    expect(html).toContain('<th scope="col" class="num">Commitment reliability</th>');
    expect(html).toContain('<dt>Health score</dt><dd>55</dd><dt>Health</dt><dd><span class="tone-red">At risk</span></dd>');
    expect(html).toContain('<dt>Items</dt><dd><a href="https://harbour.atlassian.net/browse/HARB-110">HARB-110</a>, <a href="https://harbour.atlassian.net/browse/HARB-125">HARB-125</a></dd>');
    expect(html).toContain('<article class="item tone-critical"><h3 class="tone-critical">Critical: Work keeps arriving mid-sprint</h3>');
  });

  it('links each portfolio row to that project further down the same page', () => {
    const html = formatPortfolio([makeReport(), makeKanbanReport()], 'html');
    expect(html).toContain('<title>Backlog health portfolio</title>');
    expect(html).toContain('<td><a href="#HARB-overview">HARB</a></td>');
    expect(html).toContain('<section id="HARB-overview">');
    expect(html).toContain('<section id="FLOW-overview">');
    expect(html).toContain('<td><span class="tone-green">Healthy</span></td>');
  });
});
