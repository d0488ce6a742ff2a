using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests;

/// <summary>
/// The seeded パートナーシップ flow through the staff pages: the desk triages a proposal in My tasks,
/// assigns it to a department, and only that department's staff get the review task.
/// </summary>
public sealed partial class WorkflowSeededFlowTests
{
    private const string Password = "Nebuta2026xx";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_desk_assigns_a_proposal_from_My_tasks_and_only_that_department_gets_the_review(string provider)
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var host = await TestHost.StartAsync(provider, settings: smtp.HostSettings());
        await NotificationsInboxTests.CreateStaffAsync(host);
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var data = new Dictionary<string, string?>
            {
                ["scheme"] = "partnership", ["title"] = "合浦公園の活用", ["organization"] = "株式会社テスト", ["proposerName"] = "青森 太郎",
                ["proposerEmail"] = "taro@example.jp", ["receiptNumber"] = "P-20261128-0001", ["adminUrl"] = "/admin", ["culture"] = "ja",
                ["departmentCode"] = "KEIZAI-SEISAKU",
            };
            var result = await scope.ServiceProvider.GetRequiredService<IWorkflowEventPublisher>()
                .PublishAsync(new WorkflowEvent("ProposalSubmitted", "proposal:1", "proposal-submitted:1", data));
            Assert.Single(result.StartedInstances);
        }

        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var inbox = await desk.GetStringAsync("/admin/workflows/tasks");
        Assert.Contains("受付・内容確認（対話・調整）", inbox, StringComparison.Ordinal);
        Assert.Contains("未完了 1 件（うち期限切れ 0 件）", inbox, StringComparison.Ordinal);
        var triage = TaskLink().Match(inbox).Groups[1].Value;
        Assert.NotEmpty(triage);
        var page = await desk.GetStringAsync($"/admin/workflows/tasks/{triage}");
        Assert.Contains("合浦公園の活用", page, StringComparison.Ordinal);

        // An outcome the task does not offer is refused with a message; nothing moves.
        using (var refused = await desk.PostFormAsync($"/admin/workflows/tasks/{triage}", $"/admin/workflows/tasks/{triage}", [new("Form.Outcome", "approve"), new("Form.Comment", "")]))
        {
            Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        }

        // Department staff cannot complete the desk's task.
        var keizai = host.NewClient();
        await keizai.LoginAsync("keizai@example.jp", Password);
        using (var denied = await keizai.PostFormAsync("/admin/workflows/tasks", $"/admin/workflows/tasks/{triage}", [new("Form.Outcome", "assign")]))
        {
            StaffClient.AssertDenied(denied);
        }

        using (var assigned = await desk.PostFormAsync($"/admin/workflows/tasks/{triage}", $"/admin/workflows/tasks/{triage}", [new("Form.Outcome", "assign"), new("Form.Comment", "経済政策課で検討をお願いします。")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        }

        Assert.DoesNotContain("受付・内容確認（対話・調整）", await desk.GetStringAsync("/admin/workflows/tasks"), StringComparison.Ordinal);
        var review = await keizai.GetStringAsync("/admin/workflows/tasks");
        Assert.Contains("提案書確認・実施可否の検討", review, StringComparison.Ordinal);
        var reviewId = TaskLink().Match(review).Groups[1].Value;
        Assert.Contains("経済政策課で検討をお願いします。", await keizai.GetStringAsync($"/admin/workflows/tasks/{reviewId}"), StringComparison.Ordinal);
    }

    [GeneratedRegex("/admin/workflows/tasks/([0-9a-f-]{36})")]
    private static partial Regex TaskLink();
}
