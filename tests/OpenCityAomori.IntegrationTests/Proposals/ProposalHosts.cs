using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Contents.Models;
using OpenCityAomori.Modules.Contents.Services;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.IntegrationTests.Proposals;

/// <summary>
/// One Aomori site per provider with desk and department staff, shared by the proposal tests
/// (<see cref="ProposalSiteCollection"/>). Each test submits its own proposals (own title and address)
/// and asserts only on those rows.
/// </summary>
public sealed partial class ProposalHosts : SharedHosts<TestHost>
{
    public const string Password = "Nebuta2026xx";

    public const string OpenChallengeId = "challenge-test-open";

    protected override async Task<TestHost> StartAsync(string provider)
    {
        // Every test posts and signs in from the same address: the per-address limits are raised here (their own tests keep them).
        var host = await TestHost.StartAsync(provider, settings: new Dictionary<string, string> { ["Proposals:SubmitPermitLimit"] = "1000", ["Security:LoginPermitLimit"] = "1000" });
        await NotificationsInboxTests.CreateStaffAsync(host);
        // A custom role that may view routed proposals, held by someone with no department: must see none.
        var admin = await host.AdminClientAsync();
        using (var role = await admin.PostFormAsync("/admin/roles/create", "/admin/roles/create",
            [new("Form.Name", "ProposalReader"), new("Form.DescriptionJa", "提案の閲覧"), new("Form.DescriptionEn", "Proposal reader"), new("Form.Permissions", "ViewProposals")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, role.StatusCode);
        }

        using var created = await admin.PostFormAsync("/admin/users/create", "/admin/users/create",
        [
            new("Form.DisplayName", "所属なし 花子"), new("Form.Email", "nodept@example.jp"), new("Form.Roles", "ProposalReader"),
            new("Form.DepartmentId", string.Empty), new("Form.Password", Password),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            // A second department, asked for its opinion (照会) in the routing tests.
            var roads = (await scope.ServiceProvider.GetRequiredService<IUserDirectory>().DepartmentsAsync()).Single(d => d.Code == "TOSHI-DORO").Id;
            using var roadsStaff = await admin.PostFormAsync("/admin/users/create", "/admin/users/create",
            [
                new("Form.DisplayName", "道路 次郎"), new("Form.Email", "doro@example.jp"), new("Form.Roles", "DepartmentStaff"),
                new("Form.DepartmentId", roads.ToString()), new("Form.Password", Password),
            ]);
            Assert.Equal(HttpStatusCode.Redirect, roadsStaff.StatusCode);

            // The seeded challenges' deadlines pass with the calendar; this one stays open.
            var fields = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>("""
                {"department":"都市整備部道路維持課","postedOn":"2026-12-01","deadline":"2099-12-31","status":"open","summary":"試験用の課題"}
                """)!;
            await scope.ServiceProvider.GetRequiredService<ContentManager>().CreateAsync(
                OpenChallengeId, "Challenge", "ja", null, new ContentEdit("試験用の募集中の課題", "test-open-challenge", fields), null, new Publication(PublishAction.Publish), CancellationToken.None);
        }

        return host;
    }

    internal static async Task<T> WithDbAsync<T>(TestHost host, Func<ProposalsDbContext, Task<T>> work)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ProposalsDbContext>());
    }

    internal static Task<Proposal> ProposalAsync(TestHost host, string title) =>
        WithDbAsync(host, db => db.Proposals.AsNoTracking().SingleAsync(p => p.Title == title));

    public static List<KeyValuePair<string, string>> Fields(string title, string email, string applicant = "corporation", string scheme = "partnership") =>
    [
        new("Input.Kind", "free"),
        new("Input.Scheme", scheme),
        new("Input.ApplicantType", applicant),
        new("Input.Organizations[0].Name", "株式会社テスト"),
        new("Input.Organizations[0].CorporateNumber", "７０００－０１２０－５０００２"),
        new("Input.Organizations[1].Name", "青森テスト銀行"),
        new("Input.ContactName", "青森 太郎"),
        new("Input.ContactKana", "あおもり たろう"),
        new("Input.ContactEmail", email),
        new("Input.ContactPhone", "０１７－７６１－４１５４"),
        new("Input.Title", title),
        new("Input.Summary", "非公開の概要：<script>alert('x')</script>"),
        new("Input.Confidential", "Summary"),
        new("Input.ConfidentialAttachments", "0"),
        new("Input.NoticeVersion", "2026-12-01"),
        new("Input.Consent", "true"),
    ];

    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"u8.ToArray();

    /// <summary>Submits a proposal and follows it to the receipt page; returns the receipt number and the tracking path.</summary>
    public static async Task<(string Receipt, string TrackingPath)> SubmitAsync(StaffClient visitor, string title, string email, string page = "/propose", string scheme = "partnership")
    {
        using var posted = await visitor.PostMultipartAsync(page, page, Fields(title, email, scheme: scheme), ("Attachments[0]", "提案書.pdf", Pdf));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var received = await visitor.GetStringAsync(posted.Headers.Location!.OriginalString);
        return (ReceiptPattern().Match(received).Value, TrackingPattern().Match(received).Value);
    }

    /// <summary>The open workflow task (in My tasks) whose page names the receipt number.</summary>
    public static async Task<string> TaskIdAsync(StaffClient staff, string receipt)
    {
        var tasks = await staff.GetStringAsync("/admin/workflows/tasks");
        foreach (Match link in TaskLinkPattern().Matches(tasks))
        {
            if ((await staff.GetStringAsync(link.Value)).Contains(receipt, StringComparison.Ordinal))
            {
                return link.Groups[1].Value;
            }
        }

        throw new InvalidOperationException($"No open task for {receipt}");
    }

    [GeneratedRegex("/admin/workflows/tasks/([0-9a-f-]{36})")]
    public static partial Regex TaskLinkPattern();

    /// <summary>The task id of a decision form on the proposal page.</summary>
    [GeneratedRegex("name=\"taskId\" value=\"([0-9a-f-]{36})\"")]
    public static partial Regex DecisionTaskPattern();

    [GeneratedRegex("P-[0-9]{8}-[0-9]{4}")]
    public static partial Regex ReceiptPattern();

    [GeneratedRegex("/(?:en/)?propose/track/[A-Za-z0-9_-]{43}")]
    public static partial Regex TrackingPattern();
}

[CollectionDefinition(Name)]
public sealed class ProposalSiteCollection : ICollectionFixture<ProposalHosts>
{
    public const string Name = "Proposals site";
}
