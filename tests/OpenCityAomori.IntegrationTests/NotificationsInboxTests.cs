using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests;

/// <summary>The staff directory and notifications, on hosts shared by the class that have the staff of <see cref="CreateStaffAsync"/>.</summary>
public sealed class NotificationsInboxTests(NotificationsInboxTests.StaffSiteHosts hosts) : IClassFixture<NotificationsInboxTests.StaffSiteHosts>
{
    private const string Password = "Nebuta2026xx";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task User_directory_finds_enabled_users_by_role_and_department_code(string provider)
    {
        var host = await hosts.ForAsync(provider);

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IUserDirectory>();
        var desk = await directory.FindUsersAsync(["DeskStaff"], null);
        Assert.Equal(["desk1@example.jp", "desk2@example.jp"], desk.Select(u => u.UserName).Order().ToArray());
        Assert.All(desk, u => Assert.Contains("DeskStaff", u.Roles));

        var economy = Assert.Single(await directory.FindUsersAsync(null, ["KEIZAI-SEISAKU"]));
        Assert.Equal("keizai@example.jp", economy.UserName);
        Assert.Equal("KEIZAI-SEISAKU", economy.DepartmentCode);
        Assert.Equal("経済 太郎", economy.DisplayName);
        Assert.Equal(["DepartmentStaff"], economy.Roles);

        var either = await directory.FindUsersAsync(["DeskStaff"], ["KEIZAI-SEISAKU", "NO-SUCH-CODE"]);
        Assert.Equal(3, either.Count);
        Assert.Empty(await directory.FindUsersAsync(["NoSuchRole"], null));

        var disabled = await directory.FindUserAsync("retired@example.jp");
        Assert.NotNull(disabled);
        Assert.True(disabled.IsDisabled);
        Assert.Equal(disabled.Id, (await directory.FindUserAsync(disabled.Id))?.Id);
        Assert.Contains("DeskStaff", await directory.RoleNamesAsync());
        Assert.Contains(await directory.DepartmentsAsync(), d => d.Code == "KEIZAI-SEISAKU" && d.Name.Ja == "経済部経済政策課");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Notification_to_a_role_reaches_its_enabled_users_once_and_shows_on_their_page(string provider)
    {
        var host = await hosts.ForAsync(provider);
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var directory = scope.ServiceProvider.GetRequiredService<IUserDirectory>();
            var desk1 = await directory.FindUserAsync("desk1@example.jp");
            var sender = scope.ServiceProvider.GetRequiredService<INotificationSender>();
            var count = await sender.NotifyAsync(new NotificationRequest(
                "新しいお問い合わせ", "受付番号 C-0001 を確認してください。", "/admin/audit",
                UserIds: [desk1!.Id, "retired@example.jp"], Roles: ["DeskStaff"], DepartmentCodes: ["KEIZAI-SEISAKU"]));
            Assert.Equal(3, count);
        }

        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var page = await desk.GetStringAsync("/admin/notifications");
        Assert.Contains("新しいお問い合わせ", page, StringComparison.Ordinal);
        Assert.Contains("未読 1 件", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/notifications\"", await desk.GetStringAsync("/admin"), StringComparison.Ordinal);
        var id = Regex.Match(page, "/admin/notifications/([0-9a-f-]{36})/open").Groups[1].Value;

        var admin = await host.AdminClientAsync();
        Assert.DoesNotContain("新しいお問い合わせ", await admin.GetStringAsync("/admin/notifications"), StringComparison.Ordinal);
        using (var foreign = await admin.PostFormAsync("/admin/notifications", $"/admin/notifications/{id}/read", []))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        using (var open = await desk.Http.GetAsync($"/admin/notifications/{id}/open"))
        {
            Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
            Assert.Equal("/admin/audit", open.Headers.Location?.OriginalString);
        }

        Assert.Contains("未読 0 件", await desk.GetStringAsync("/admin/notifications"), StringComparison.Ordinal);

        var economy = host.NewClient();
        await economy.LoginAsync("keizai@example.jp", Password);
        using (var readAll = await economy.PostFormAsync("/admin/notifications", "/admin/notifications/read-all", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, readAll.StatusCode);
        }

        var after = await economy.GetStringAsync("/admin/notifications");
        Assert.Contains("新しいお問い合わせ", after, StringComparison.Ordinal);
        Assert.Contains("未読 0 件", after, StringComparison.Ordinal);
    }

    /// <summary>Hosts on the Aomori site with the staff below, one per provider.</summary>
    public sealed class StaffSiteHosts : SharedHosts<TestHost>
    {
        protected override async Task<TestHost> StartAsync(string provider)
        {
            var host = await TestHost.StartAsync(provider);
            await CreateStaffAsync(host);
            return host;
        }
    }

    /// <summary>desk1, desk2 (DeskStaff), retired (DeskStaff, disabled), keizai (DepartmentStaff of KEIZAI-SEISAKU).</summary>
    internal static async Task CreateStaffAsync(TestHost host)
    {
        Guid economy;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            economy = (await scope.ServiceProvider.GetRequiredService<IUserDirectory>().DepartmentsAsync()).Single(d => d.Code == "KEIZAI-SEISAKU").Id;
        }

        var admin = await host.AdminClientAsync();
        foreach (var (name, email, role, department) in new[]
        {
            ("デスク 一郎", "desk1@example.jp", "DeskStaff", (Guid?)null),
            ("デスク 二郎", "desk2@example.jp", "DeskStaff", null),
            ("退職 三郎", "retired@example.jp", "DeskStaff", null),
            ("経済 太郎", "keizai@example.jp", "DepartmentStaff", economy),
        })
        {
            using var created = await admin.PostFormAsync("/admin/users/create", "/admin/users/create",
            [
                new("Form.DisplayName", name), new("Form.Email", email), new("Form.Roles", role),
                new("Form.DepartmentId", department?.ToString() ?? string.Empty), new("Form.Password", Password),
            ]);
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        string retiredId;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            retiredId = (await scope.ServiceProvider.GetRequiredService<IUserDirectory>().FindUserAsync("retired@example.jp"))!.Id;
        }

        using var disabled = await admin.PostFormAsync($"/admin/users/{retiredId}", $"/admin/users/{retiredId}",
            [new("Form.DisplayName", "退職 三郎"), new("Form.Email", "retired@example.jp"), new("Form.Roles", "DeskStaff"), new("Form.IsDisabled", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
    }
}
