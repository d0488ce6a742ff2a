using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests;

/// <summary>Form definitions in the admin: locked fields, file fields and who may see submissions.</summary>
public sealed partial class FormsAdminTests
{
    private const string Password = "Nebuta2026xx";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Locked_fields_stay_file_fields_check_bytes_and_department_staff_cannot_see_submissions(string provider)
    {
        await using var host = await FormsTestHost.StartAsync(provider);
        var admin = await host.AdminClientAsync();

        // The module template created the "application" form with its locked field. The module shows that field
        // itself, so it is neither removed, retyped nor relabelled here; the form is never served at /forms/{name}.
        var edit = await admin.GetStringAsync("/admin/forms/application");
        Assert.Contains("提案名", edit, StringComparison.Ordinal);
        Assert.Contains("固定項目", edit, StringComparison.Ordinal);
        Assert.Contains("href=\"/apply\"", edit, StringComparison.Ordinal);
        Assert.DoesNotContain("Form.ReceiptPrefix", edit, StringComparison.Ordinal);
        using (var removed = await admin.PostFormAsync("/admin/forms/application/fields/title/delete", "/admin/forms/application/fields/title/delete", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        using (var relabelled = await admin.PostFormAsync("/admin/forms/application", "/admin/forms/application/fields/title",
            [new("Form.Name", "title"), new("Form.Kind", "Text"), new("Form.LabelJa", "提案の名称"), new("Form.LabelEn", "Name of the proposal")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, relabelled.StatusCode);
        }

        using (var fileField = await admin.PostFormAsync("/admin/forms/application/fields/new", "/admin/forms/application/fields/new",
            [new("Form.Name", "document"), new("Form.Kind", "File"), new("Form.LabelJa", "資料"), new("Form.Extensions", "pdf")]))
        {
            Assert.Equal(HttpStatusCode.OK, fileField.StatusCode);
            Assert.Contains("ファイル以外の種類を選んでください", await fileField.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var after = await admin.GetStringAsync("/admin/forms/application");
        Assert.Contains("提案名", after, StringComparison.Ordinal);
        Assert.DoesNotContain("提案の名称", after, StringComparison.Ordinal);
        Assert.Contains("<code>title</code>", after, StringComparison.Ordinal);
        Assert.DoesNotContain("<code>document</code>", after, StringComparison.Ordinal);
        var anonymous = host.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync("/forms/application")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync("/en/forms/application")).StatusCode);
        using (var posted = await anonymous.PostFormAsync("/contact", "/forms/application", [new("f_title", "x")]))
        {
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        }

        // An editor adds a PDF attachment to the contact form and moves it up.
        using (var added = await admin.PostFormAsync("/admin/forms/contact/fields/new", "/admin/forms/contact/fields/new",
            [new("Form.Name", "attachment"), new("Form.Kind", "File"), new("Form.LabelJa", "資料"), new("Form.LabelEn", "Document"), new("Form.Extensions", "pdf"), new("Form.MaxKilobytes", "100")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        using (var moved = await admin.PostFormAsync("/admin/forms/contact", "/admin/forms/contact/fields/attachment/move", [new("direction", "up")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        var contact = await admin.GetStringAsync("/admin/forms/contact");
        Assert.True(contact.IndexOf("<code>attachment</code>", StringComparison.Ordinal) < contact.IndexOf("<code>privacy</code>", StringComparison.Ordinal));

        var visitor = host.NewClient();
        var fake = Encoding.UTF8.GetBytes("<script>alert(1)</script>");
        using (var refused = await FormsTestHost.PostMultipartAsync(visitor, "/contact", FormsContactTests.ValidContact(), ("f_attachment", "資料.pdf", fake)))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("一致しません", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var wrongType = await FormsTestHost.PostMultipartAsync(visitor, "/contact", FormsContactTests.ValidContact(), ("f_attachment", "run.exe", "MZ\u0090"u8.ToArray())))
        {
            Assert.Contains("次の形式", await wrongType.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Empty(await host.SubmissionsAsync());
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        using (var accepted = await FormsTestHost.PostMultipartAsync(visitor, "/contact", FormsContactTests.ValidContact(), ("f_attachment", "提案 資料.pdf", pdf)))
        {
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        var stored = Assert.Single(await host.SubmissionsAsync());
        var detail = await admin.GetStringAsync($"/admin/forms/submissions/{stored.Id}");
        var link = Regex.Match(detail, "href=\"(/admin/forms/submissions/[0-9]+/files/[0-9a-f]{32})\"").Groups[1].Value;
        using (var download = await admin.Http.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        }

        // Department staff have no access to submissions; an auditor may read but not export or delete.
        var departmentId = Regex.Match(await admin.GetStringAsync("/admin/users/create"), "<option value=\"([0-9a-f-]{36})\">").Groups[1].Value;
        var staff = await UserAsync(host, admin, "dept@example.jp", "DepartmentStaff", departmentId);
        foreach (var url in new[] { "/admin/forms/submissions", $"/admin/forms/submissions/{stored.Id}", "/admin/forms/submissions/export.csv", link, "/admin/forms" })
        {
            using var response = await staff.Http.GetAsync(url);
            StaffClient.AssertDenied(response);
        }

        var auditor = await UserAsync(host, admin, "audit@example.jp", "Auditor", null);
        Assert.Contains(stored.ReceiptNumber, await auditor.GetStringAsync("/admin/forms/submissions"), StringComparison.Ordinal);
        using (var export = await auditor.Http.GetAsync("/admin/forms/submissions/export.csv"))
        {
            StaffClient.AssertDenied(export);
        }
    }

    private static async Task<StaffClient> UserAsync(FormsTestHost host, StaffClient admin, string email, string role, string? department)
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
}
