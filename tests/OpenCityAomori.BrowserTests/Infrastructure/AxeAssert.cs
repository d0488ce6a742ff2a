using System.Text;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace OpenCityAomori.BrowserTests.Infrastructure;

/// <summary>Runs axe-core's WCAG 2 A and AA rules on the page as it is now and fails with every violation spelled out.</summary>
/// <remarks>
/// axe-core (the copy bundled with Deque.AxeCore.Commons) runs in the page itself with one
/// <c>axe.run</c>, and only the violations come back. Deque's Playwright wrapper ran each frame
/// partially and finished the run in a new blank tab: a new Chromium renderer for every check, which
/// made each check cost about a second of CPU more than the rules themselves.
/// </remarks>
public static class AxeAssert
{
    private static readonly Lazy<string> AxeSource = new(() => new BundledAxeScriptProvider().GetScript());

    private const string RunWcagAAndAA = """
        async () => {
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
            resultTypes: ['violations'],
          });
          return JSON.stringify(result.violations.map(v => ({
            id: v.id,
            impact: v.impact ?? '',
            help: v.help,
            nodes: v.nodes.map(n => ({
              target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(', '),
              html: n.html,
              messages: [...n.any, ...n.all, ...n.none].map(c => c.message).filter(m => m),
            })),
          })));
        }
        """;

    public static async Task NoViolationsAsync(IPage page, string what)
    {
        // The theme's stylesheet must have applied, or colour contrast would be judged on browser defaults.
        var styled = await page.EvaluateAsync<bool>("() => document.styleSheets.length > 0 && getComputedStyle(document.body).margin === '0px'");
        Assert.True(styled, $"{what}: the theme's stylesheet did not load");

        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeSource.Value);
        }

        var violations = JsonSerializer.Deserialize<Violation[]>(await page.EvaluateAsync<string>(RunWcagAAndAA), JsonSerializerOptions.Web)!;
        Assert.True(violations.Length == 0, Describe(what, page.Url, violations));
    }

    private static string Describe(string what, string url, Violation[] violations)
    {
        var text = new StringBuilder($"axe found {violations.Length} WCAG 2 A/AA violation(s) on {what} ({url}):");
        foreach (var violation in violations)
        {
            text.AppendLine().Append(" - ").Append(violation.Id).Append(" [").Append(violation.Impact).Append("]: ").Append(violation.Help);
            foreach (var node in violation.Nodes)
            {
                text.AppendLine().Append("     at ").Append(node.Target).Append(": ").Append(node.Html)
                    .Append(" — ").AppendJoin("; ", node.Messages);
            }
        }

        return text.ToString();
    }

    private sealed record Violation(string Id, string Impact, string Help, ViolationNode[] Nodes);

    private sealed record ViolationNode(string Target, string Html, string[] Messages);
}
