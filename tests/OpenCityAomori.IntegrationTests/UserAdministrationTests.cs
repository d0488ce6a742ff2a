using System.Net;
using System.Text.RegularExpressions;
using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests;

/// <summary>Each test creates users of its own (and one unpublishes a page nobody else looks at), so the class shares a host per provider.</summary>
public sealed class UserAdministrationTests(SharedSiteHosts hosts) : IClassFixture<SharedSiteHosts>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Department_staff_need_a_department_and_then_see_only_what_their_role_allows(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var admin = await host.AdminClientAsync();

        using var missing = await admin.PostFormAsync("/admin/users/create", "/admin/users/create",
            [new("Form.DisplayName", "八甲田 花子"), new("Form.Email", "hanako@example.jp"), new("Form.Roles", "DepartmentStaff"), new("Form.Password", "Hakkoda2026x")]);
        var missingHtml = await missing.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("事業担当課職員には部署を指定してください", missingHtml, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Form_DepartmentId-error", missingHtml, StringComparison.Ordinal);

        var department = Regex.Match(missingHtml, "<option value=\"([0-9a-f-]{36})\">経済部").Groups[1].Value;
        Assert.NotEmpty(department);
        using var created = await admin.PostFormAsync("/admin/users/create", "/admin/users/create",
        [
            new("Form.DisplayName", "八甲田 花子"), new("Form.Email", "hanako@example.jp"), new("Form.Roles", "DepartmentStaff"),
            new("Form.DepartmentId", department), new("Form.Password", "Hakkoda2026x"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var staff = host.NewClient();
        await staff.LoginAsync("hanako@example.jp", "Hakkoda2026x");
        var dashboard = await staff.GetStringAsync("/admin");
        Assert.DoesNotContain("href=\"/admin/users\"", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/features\"", dashboard, StringComparison.Ordinal);
        foreach (var forbidden in new[] { "/admin/users", "/admin/features", "/admin/settings", "/admin/settings/calendar", "/admin/audit", "/admin/roles" })
        {
            using var response = await staff.Http.GetAsync(forbidden);
            StaffClient.AssertDenied(response);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_disabled_user_can_no_longer_log_in(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var admin = await host.AdminClientAsync();
        using var created = await admin.PostFormAsync("/admin/users/create", "/admin/users/create",
            [new("Form.DisplayName", "浅虫 次郎"), new("Form.Email", "jiro@example.jp"), new("Form.Roles", "Editor"), new("Form.Password", "Asamushi2026x")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await admin.GetStringAsync("/admin/users?q=jiro");
        var id = Regex.Match(list, "href=\"/admin/users/([0-9a-f-]{36})\">浅虫").Groups[1].Value;

        using var disabled = await admin.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}",
            [new("Form.DisplayName", "浅虫 次郎"), new("Form.Email", "jiro@example.jp"), new("Form.Roles", "Editor"), new("Form.IsDisabled", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);

        using var login = await host.NewClient().PostFormAsync("/account/login", "/account/login", [new("Email", "jiro@example.jp"), new("Password", "Asamushi2026x")]);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("無効になっています", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Editors_publish_pages_but_department_staff_cannot(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var admin = await host.AdminClientAsync();
        var createPage = await admin.GetStringAsync("/admin/users/create");
        var department = Regex.Match(createPage, "<option value=\"([0-9a-f-]{36})\">").Groups[1].Value;
        foreach (var (email, role) in new[] { ("editor@example.jp", "Editor"), ("dept@example.jp", "DepartmentStaff") })
        {
            using var created = await admin.PostFormAsync("/admin/users/create", "/admin/users/create",
                [new("Form.DisplayName", role), new("Form.Email", email), new("Form.Roles", role), new("Form.DepartmentId", department), new("Form.Password", "Nebuta2026xx")]);
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        var list = await admin.GetStringAsync("/admin/contents?type=Page&q=notice&culture=ja");
        var id = Regex.Match(list, "href=\"/admin/contents/([a-z0-9-]+)/edit\"").Groups[1].Value;
        Assert.NotEmpty(id);
        var editor = host.NewClient();
        await editor.LoginAsync("editor@example.jp", "Nebuta2026xx");
        using var unpublish = await editor.PostFormAsync("/admin/contents", $"/admin/contents/{id}/unpublish", []);
        Assert.Equal(HttpStatusCode.Redirect, unpublish.StatusCode);
        using var gone = await host.NewClient().Http.GetAsync("/notice");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);

        var staff = host.NewClient();
        await staff.LoginAsync("dept@example.jp", "Nebuta2026xx");
        using var denied = await staff.PostFormAsync("/admin", $"/admin/contents/{id}/publish", []);
        StaffClient.AssertDenied(denied);
        using var stillGone = await host.NewClient().Http.GetAsync("/notice");
        Assert.Equal(HttpStatusCode.NotFound, stillGone.StatusCode);
    }
}
