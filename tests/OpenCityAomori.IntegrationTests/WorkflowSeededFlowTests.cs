using System.Net;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.IntegrationTests.Proposals;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests;

/// <summary>
/// The seeded パートナーシップ flow through My tasks: routing has no default department (a free proposal
/// routed without one goes back to the desk's triage), and a challenge proposal routes to the challenge's
/// department, whose staff alone get the review task.
/// </summary>
[Collection(ProposalSiteCollection.Name)]
public sealed class WorkflowSeededFlowTests(ProposalHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task From_My_tasks_a_proposal_without_a_department_returns_to_triage_and_a_challenge_proposal_reaches_only_its_department(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var visitor = host.NewClient();
        var free = "マイタスクの試験 " + provider;
        await SubmitAsync(visitor, free, "mytasks@example.jp");
        var challenge = "マイタスクの課題提案 " + provider;
        var fields = Fields(challenge, "mytasks@example.jp");
        fields.RemoveAll(f => f.Key == "Input.Kind");
        fields.AddRange([new("Input.Kind", "challenge"), new("Input.ChallengeId", OpenChallengeId)]);
        using (var posted = await visitor.PostMultipartAsync("/propose", "/propose", fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }

        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var freeTriage = await TaskIdAsync(desk, (await ProposalAsync(host, free)).ReceiptNumber);

        // An outcome the task does not offer is refused; department staff cannot complete the desk's task.
        using (var refused = await desk.PostFormAsync($"/admin/workflows/tasks/{freeTriage}", $"/admin/workflows/tasks/{freeTriage}", [new("Form.Outcome", "approve"), new("Form.Comment", "")]))
        {
            Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        }

        var keizai = host.NewClient();
        await keizai.LoginAsync("keizai@example.jp", Password);
        using (var denied = await keizai.PostFormAsync("/admin/workflows/tasks", $"/admin/workflows/tasks/{freeTriage}", [new("Form.Outcome", "assign")]))
        {
            StaffClient.AssertDenied(denied);
        }

        // My tasks has no department picker: without a department the flow returns to the desk.
        await CompleteAsync(desk, freeTriage, "assign");
        var reopened = await TaskIdAsync(desk, (await ProposalAsync(host, free)).ReceiptNumber);
        Assert.NotEqual(freeTriage, reopened);
        Assert.Contains("回付先未定", await desk.GetStringAsync("/admin/notifications"), StringComparison.Ordinal);

        await CompleteAsync(desk, await TaskIdAsync(desk, (await ProposalAsync(host, challenge)).ReceiptNumber), "assign", "道路維持課で検討をお願いします。");
        var roads = host.NewClient();
        await roads.LoginAsync("doro@example.jp", Password);
        var review = await roads.GetStringAsync("/admin/workflows/tasks");
        Assert.Contains("提案書確認・実施可否の検討", review, StringComparison.Ordinal);
        Assert.Contains("道路維持課で検討をお願いします。", await roads.GetStringAsync($"/admin/workflows/tasks/{TaskLinkPattern().Match(review).Groups[1].Value}"), StringComparison.Ordinal);
        Assert.DoesNotContain(challenge, await keizai.GetStringAsync("/admin/workflows/tasks"), StringComparison.Ordinal);
    }

    private static async Task CompleteAsync(StaffClient desk, string task, string outcome, string comment = "")
    {
        using var done = await desk.PostFormAsync($"/admin/workflows/tasks/{task}", $"/admin/workflows/tasks/{task}", [new("Form.Outcome", outcome), new("Form.Comment", comment)]);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
    }

}
