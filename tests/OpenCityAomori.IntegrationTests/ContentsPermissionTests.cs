using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Content;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Contents.Data;

namespace OpenCityAomori.IntegrationTests;

/// <summary>Who may do what in the content admin: checked on the server for every action.</summary>
/// <remarks>Each test works with users and content of its own (the language choice is a cookie), so the class shares a host per provider.</remarks>
public sealed partial class ContentsPermissionTests(SharedContentsHosts hosts) : IClassFixture<SharedContentsHosts>
{
    private const string Password = "Nebuta2026xx";
    private const string NewGuide = "/admin/contents/new/TestGuide";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_editor_publishes_department_staff_are_denied_and_edit_only_users_save_drafts_only(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var admin = await host.AdminClientAsync();
        using (var role = await admin.PostFormAsync("/admin/roles/create", "/admin/roles/create",
            [new("Form.Name", "Writer"), new("Form.DescriptionJa", "下書きのみ"), new("Form.DescriptionEn", "Drafts only"), new("Form.Permissions", "ViewContent"), new("Form.Permissions", "EditContent")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, role.StatusCode);
        }

        using (var department = await admin.PostFormAsync("/admin/departments/create", "/admin/departments/create",
            [new("Code", "KEIZAI"), new("NameJa", "経済部"), new("NameEn", "Economy"), new("IsActive", "true")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, department.StatusCode);
        }

        var departmentId = Regex.Match(await admin.GetStringAsync("/admin/users/create"), "<option value=\"([0-9a-f-]{36})\">").Groups[1].Value;
        var editor = await UserAsync(host, admin, "editor@example.jp", "Editor", null);
        var writer = await UserAsync(host, admin, "writer@example.jp", "Writer", null);
        var staff = await UserAsync(host, admin, "dept@example.jp", "DepartmentStaff", departmentId);
        var desk = await UserAsync(host, admin, "desk@example.jp", "DeskStaff", null);

        // Editor: writes and publishes.
        using var created = await editor.PostFormAsync(NewGuide, NewGuide, ContentsAdminTests.GuideForm("ねぶたの案内", "nebuta", "ja", "publish"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = ContentsAdminTests.IdOf(created);
        Assert.NotNull(await ContentsAdminTests.PublishedAsync(host, id));
        var edit = ContentRoutes.AdminEditUrl(id);

        // Department staff: no content admin at all.
        foreach (var url in new[] { "/admin/contents", NewGuide, edit, $"/admin/contents/{id}/versions", "/admin/contents/types" })
        {
            using var response = await staff.Http.GetAsync(url);
            StaffClient.AssertDenied(response);
        }

        using (var denied = await staff.PostFormAsync("/admin", $"/admin/contents/{id}/unpublish", []))
        {
            StaffClient.AssertDenied(denied);
        }

        // Desk staff: may look (list, versions), not edit.
        Assert.Contains("ねぶたの案内", await desk.GetStringAsync("/admin/contents"), StringComparison.Ordinal);
        Assert.Contains("版の履歴", await desk.GetStringAsync($"/admin/contents/{id}/versions"), StringComparison.Ordinal);
        using (var deskEdit = await desk.Http.GetAsync(edit))
        {
            StaffClient.AssertDenied(deskEdit);
        }

        // Writer (EditContent without PublishContent): drafts yes, publication no.
        var writerForm = await writer.GetStringAsync(edit);
        Assert.Contains("name=\"submit\" value=\"draft\"", writerForm, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"submit\" value=\"publish\"", writerForm, StringComparison.Ordinal);
        using (var draft = await writer.PostFormAsync(edit, edit, ContentsAdminTests.GuideForm("ねぶたの案内（改訂）", "nebuta", "ja")))
        {
            Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        }

        var tasks = await TaskCountAsync(host);
        foreach (var submit in new[] { "publish", "schedule" })
        {
            using var refused = await writer.PostFormAsync(edit, edit, ContentsAdminTests.GuideForm("公開したい", "nebuta", "ja", submit));
            StaffClient.AssertDenied(refused);
        }

        foreach (var action in new[] { $"/admin/contents/{id}/publish", $"/admin/contents/{id}/unpublish", $"/admin/contents/{id}/delete" })
        {
            using var refused = await writer.PostFormAsync(edit, action, []);
            StaffClient.AssertDenied(refused);
        }

        using (var bulk = await writer.PostFormAsync("/admin/contents", "/admin/contents/bulk", [new("ids", id), new("bulkAction", "unpublish")]))
        {
            StaffClient.AssertDenied(bulk);
        }

        Assert.Equal(tasks, await TaskCountAsync(host));
        Assert.Equal("ねぶたの案内", (await ContentsAdminTests.PublishedAsync(host, id))?.Title);

        // Editor: bulk unpublish, then delete after confirmation.
        using (var bulk = await editor.PostFormAsync("/admin/contents", "/admin/contents/bulk", [new("ids", id), new("bulkAction", "unpublish")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, bulk.StatusCode);
        }

        Assert.Null(await ContentsAdminTests.PublishedAsync(host, id));
        Assert.Contains("元に戻せません", await editor.GetStringAsync($"/admin/contents/{id}/delete"), StringComparison.Ordinal);
        using (var deleted = await editor.PostFormAsync($"/admin/contents/{id}/delete", $"/admin/contents/{id}/delete", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        using var gone = await editor.Http.GetAsync(edit);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_content_admin_speaks_english_when_staff_choose_it(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var admin = await host.AdminClientAsync();
        Assert.Contains("新規作成", await admin.GetStringAsync("/admin/contents"), StringComparison.Ordinal);
        using var english = await admin.PostFormAsync("/admin/contents", "/account/culture", [new("culture", "en"), new("returnUrl", "/admin/contents")]);
        var list = await admin.GetStringAsync("/admin/contents");
        Assert.Contains("<html lang=\"en\"", list, StringComparison.Ordinal);
        Assert.Contains(">Create<", list, StringComparison.Ordinal);
        using var refused = await admin.PostFormAsync("/admin/contents/new/TestGuide", "/admin/contents/new/TestGuide", ContentsAdminTests.GuideForm("", "admin", "ja"));
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Enter a title.", html, StringComparison.Ordinal);
        Assert.Contains("is used by the site and cannot be a URL name", html, StringComparison.Ordinal);
    }

    private static async Task<StaffClient> UserAsync(ContentsTestHost host, StaffClient admin, string email, string role, string? department)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Form.DisplayName", role), new("Form.Email", email), new("Form.Roles", role), new("Form.Password", Password) };
        if (department is not null)
        {
            fields.Add(new("Form.DepartmentId", department));
        }

        using var created = await admin.PostFormAsync("/admin/users/create", "/admin/users/create", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var client = host.NewClient();
        await client.LoginAsync(email, Password);
        return client;
    }

    private static async Task<int> TaskCountAsync(ContentsTestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentsDbContext>().IndexingTasks.CountAsync();
    }
}
