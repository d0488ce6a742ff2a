using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace OpenCityAomori.BrowserTests.Infrastructure;

/// <summary>Runs axe-core's WCAG 2 A and AA rules on the page as it is now and fails with every violation spelled out.</summary>
public static class AxeAssert
{
    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] },
        ResultTypes = [ResultType.Violations],
    };

    public static async Task NoViolationsAsync(IPage page, string what)
    {
        // The theme's stylesheet must have applied, or colour contrast would be judged on browser defaults.
        var styled = await page.EvaluateAsync<bool>("() => document.styleSheets.length > 0 && getComputedStyle(document.body).margin === '0px'");
        Assert.True(styled, $"{what}: the theme's stylesheet did not load");

        var result = await page.RunAxe(Options);
        Assert.True(result.Violations.Length == 0, Describe(what, page.Url, result.Violations));
    }

    private static string Describe(string what, string url, AxeResultItem[] violations)
    {
        var text = new StringBuilder($"axe found {violations.Length} WCAG 2 A/AA violation(s) on {what} ({url}):");
        foreach (var violation in violations)
        {
            text.AppendLine().Append(" - ").Append(violation.Id).Append(" [").Append(violation.Impact).Append("]: ").Append(violation.Help);
            foreach (var node in violation.Nodes)
            {
                text.AppendLine().Append("     at ").Append(node.Target).Append(": ").Append(node.Html);
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message).Where(m => !string.IsNullOrEmpty(m));
                text.Append(" — ").AppendJoin("; ", checks);
            }
        }

        return text.ToString();
    }
}
