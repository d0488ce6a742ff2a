using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Services;
using OpenCityAomori.Modules.Notifications.Data;
using static OpenCityAomori.IntegrationTests.Proposals.ChallengeDepartmentTests;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Proposals;

/// <summary>Department staff draft their own department's challenges only and never publish; the desk calls for them; the desk or an editor publishes.</summary>
[Collection(ProposalSiteCollection.Name)]
public sealed class ChallengeDraftTests(ProposalHosts hosts)
{
    private const string Drafts = "/admin/contents/department-drafts";
    private const string NewChallenge = Drafts + "/new/Challenge";
    private const string Call = "/admin/contents/department-calls";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Department_staff_draft_only_their_own_departments_challenges_and_an_editor_publishes_them(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var economy = host.NewClient();
        await economy.LoginAsync("keizai@example.jp", Password);

        Assert.Contains("経済部経済政策課の下書きを作成・編集できます", await economy.GetStringAsync(Drafts), StringComparison.Ordinal);
        var form = await economy.GetStringAsync(NewChallenge);
        Assert.Contains("<option value=\"KEIZAI-SEISAKU\">経済部経済政策課</option>", form, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"TOSHI-DORO\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"publish\"", form, StringComparison.Ordinal);

        // Another department's code is overwritten with their own; publishing is refused.
        var slug = "draft-by-economy-" + provider.ToLowerInvariant();
        using (var publish = await economy.PostFormAsync(NewChallenge, NewChallenge, ChallengeForm("経済課の公開の試み " + provider, slug + "-p", "TOSHI-DORO", "publish")))
        {
            StaffClient.AssertDenied(publish);
        }

        using var created = await economy.PostFormAsync(NewChallenge, NewChallenge, ChallengeForm("経済課の課題案 " + provider, slug, "TOSHI-DORO", "draft"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var edit = created.Headers.Location!.OriginalString;
        var id = edit.Split('/')[4];
        Assert.Equal("KEIZAI-SEISAKU", (await LatestAsync(host, id)).GetText("departmentCode"));
        Assert.Contains("経済課の課題案 " + provider, await economy.GetStringAsync(Drafts), StringComparison.Ordinal);
        using (var again = await economy.PostFormAsync(edit, edit, ChallengeForm("経済課の課題案（改） " + provider, slug, "KEIZAI-SEISAKU", "draft")))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        // Nothing beyond their own department's drafts.
        foreach (var url in new[] { "/admin/contents", "/admin/contents/new/Challenge", $"/admin/contents/{id}/edit", Drafts + "/new/Page", $"/admin/contents/{id}/versions", Drafts + "/challenge-snow-removal-information-ja/edit" })
        {
            using var response = await economy.Http.GetAsync(url);
            StaffClient.AssertDenied(response);
        }

        var roads = host.NewClient();
        await roads.LoginAsync("doro@example.jp", Password);
        using (var other = await roads.Http.GetAsync(edit))
        {
            StaffClient.AssertDenied(other);
        }

        Assert.DoesNotContain("経済課の課題案", await roads.GetStringAsync(Drafts), StringComparison.Ordinal);
        using (var published = await economy.PostFormAsync(edit, $"/admin/contents/{id}/publish", []))
        {
            StaffClient.AssertDenied(published);
        }

        var admin = await host.AdminClientAsync();
        using (var published = await admin.PostFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/publish", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        Assert.Equal("KEIZAI-SEISAKU", (await PublishedAsync(host, slug)).GetText("departmentCode"));
        using (var afterPublication = await economy.Http.GetAsync(edit))
        {
            StaffClient.AssertDenied(afterPublication);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Department_staff_whose_department_is_no_longer_active_draft_nothing(string provider)
    {
        // The directory refuses department staff without a department; a department that closes leaves its staff with none.
        var host = await hosts.ForAsync(provider);
        var admin = await host.AdminClientAsync();
        var code = "HEISA-" + provider.ToUpperInvariant();
        await SaveDepartmentAsync(host, admin, null, code, $"閉鎖予定課{provider}", $"Closing Division {provider}", active: true);
        Guid departmentId;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            departmentId = (await scope.ServiceProvider.GetRequiredService<IUserDirectory>().DepartmentsAsync()).Single(d => d.Code == code).Id;
        }

        var email = $"closing-staff-{provider.ToLowerInvariant()}@example.jp";
        using (var created = await admin.PostFormAsync("/admin/users/create", "/admin/users/create",
            [new("Form.DisplayName", "閉鎖 課員"), new("Form.Email", email), new("Form.Roles", "DepartmentStaff"), new("Form.DepartmentId", departmentId.ToString()), new("Form.Password", Password)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        var staff = host.NewClient();
        await staff.LoginAsync(email, Password);
        using (var open = await staff.Http.GetAsync(NewChallenge))
        {
            Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        }

        await SaveDepartmentAsync(host, admin, code, code, $"閉鎖予定課{provider}", $"Closing Division {provider}", active: false);
        Assert.Contains("有効な課に所属していないため", await staff.GetStringAsync(Drafts), StringComparison.Ordinal);
        using var form = await staff.Http.GetAsync(NewChallenge);
        StaffClient.AssertDenied(form);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_desk_calls_departments_for_challenges_and_their_staff_are_notified_with_a_link_to_a_new_draft(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);

        using (var bad = await desk.PostFormAsync(Call, Call, [new("Form.Departments", "NO-SUCH-DEPT"), new("Form.Message", ""), new("Form.Deadline", "2001-01-01")]))
        {
            var page = await bad.Content.ReadAsStringAsync();
            Assert.Contains("照会する課を一覧から選んでください", page, StringComparison.Ordinal);
            Assert.Contains("依頼の内容を2000文字以内で入力してください", page, StringComparison.Ordinal);
            Assert.Contains("締切は今日以降の日付を", page, StringComparison.Ordinal);
        }

        var message = "来年度の課題を募集します " + provider;
        using (var sent = await desk.PostFormAsync(Call, Call, [new("Form.Departments", "KEIZAI-SEISAKU"), new("Form.Message", message), new("Form.Deadline", "2099-01-31")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var keizai = (await scope.ServiceProvider.GetRequiredService<IUserDirectory>().FindUserAsync("keizai@example.jp"))!;
        var notices = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Items.AsNoTracking().Where(n => n.Body == message).ToListAsync();
        var notice = Assert.Single(notices);
        Assert.Equal(keizai.Id, notice.UserId);
        Assert.Equal(NewChallenge, notice.Url);
        Assert.Contains("2099-01-31", notice.Title, StringComparison.Ordinal);

        var economy = host.NewClient();
        await economy.LoginAsync("keizai@example.jp", Password);
        using (var denied = await economy.Http.GetAsync(Call))
        {
            StaffClient.AssertDenied(denied);
        }

        // The department answers with a draft; the desk that asked publishes it from the call's page.
        var slug = "call-reply-" + provider.ToLowerInvariant();
        using (var reply = await economy.PostFormAsync(NewChallenge, NewChallenge, ChallengeForm("照会への回答の課題 " + provider, slug, "KEIZAI-SEISAKU", "draft")))
        {
            Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        }

        var id = await WithContentsAsync(host, db => db.Items.Where(i => i.Slug == slug).Select(i => i.ContentItemId).SingleAsync());
        Assert.Contains($"/admin/contents/{id}/versions", await desk.GetStringAsync(Call), StringComparison.Ordinal);
        using (var notTheirs = await economy.PostFormAsync(Drafts, $"{Call}/publish/{id}", []))
        {
            StaffClient.AssertDenied(notTheirs);
        }

        using (var published = await desk.PostFormAsync(Call, $"{Call}/publish/{id}", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        Assert.Equal("KEIZAI-SEISAKU", (await PublishedAsync(host, slug)).GetText("departmentCode"));
        Assert.DoesNotContain($"/admin/contents/{id}/versions", await desk.GetStringAsync(Call), StringComparison.Ordinal);
        using var again = await desk.PostFormAsync(Call, $"{Call}/publish/{id}", []);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    private static async Task<T> WithContentsAsync<T>(TestHost host, Func<ContentsDbContext, Task<T>> work)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ContentsDbContext>());
    }

    private static async Task<ContentItemView> LatestAsync(TestHost host, string id)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentsDbContext>();
        var item = await db.Items.AsNoTracking().SingleAsync(i => i.ContentItemId == id);
        var version = await db.Versions.AsNoTracking().SingleAsync(v => v.ContentItemId == id && v.Number == item.LatestVersion);
        return ContentViews.Create(item, version);
    }
}
