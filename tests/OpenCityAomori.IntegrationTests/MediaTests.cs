using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Media;
using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests;

/// <summary>
/// The media library. The tests that upload nothing (and so prove nothing is stored) share a host per provider;
/// those that upload start their own, as one lists every file.
/// </summary>
public sealed partial class MediaTests(SharedSiteHosts hosts) : IClassFixture<SharedSiteHosts>
{
    /// <summary>A valid 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_uploaded_png_is_listed_served_to_everyone_and_offered_to_other_modules(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        var admin = await host.AdminClientAsync();

        using var uploaded = await UploadAsync(admin, Png, "../青森駅前 写真.png", "青森駅前の歩行者の様子", "Pedestrians at Aomori Station");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var list = await admin.GetStringAsync("/admin/media");
        Assert.Contains("青森駅前の歩行者の様子", list, StringComparison.Ordinal);
        Assert.Contains("Pedestrians at Aomori Station", list, StringComparison.Ordinal);
        var url = MediaUrlPattern().Match(list).Value;
        Assert.Equal("/media/", url[..7]);
        Assert.EndsWith("/" + Uri.EscapeDataString("青森駅前-写真.png"), url, StringComparison.Ordinal);

        var visitor = host.NewClient().Http;
        using var served = await visitor.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Header(served, "X-Content-Type-Options"));
        Assert.Equal("inline; filename*=UTF-8''" + Uri.EscapeDataString("青森駅前-写真.png"), Header(served, "Content-Disposition"));
        Assert.Contains("immutable", Header(served, "Cache-Control"), StringComparison.Ordinal);
        Assert.Equal(Png, await served.Content.ReadAsByteArrayAsync());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(served.Headers.ETag!);
        using var notModified = await visitor.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        using var unknown = await visitor.GetAsync("/media/0123456789abcdef0123456789abcdef/x.png");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var id = url.Split('/')[2];
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var library = scope.ServiceProvider.GetRequiredService<IMediaLibrary>();
            var asset = await library.GetAsync(id, CancellationToken.None);
            Assert.NotNull(asset);
            Assert.Equal(url, asset.Url);
            Assert.Equal("青森駅前の歩行者の様子", asset.Alt.Ja);
            Assert.Equal("Pedestrians at Aomori Station", asset.Alt.En);
            Assert.True(asset.IsImage);
            Assert.Equal(id, Assert.Single(await library.ListAsync(CancellationToken.None)).Id);
            var audit = await scope.ServiceProvider.GetRequiredService<IAuditTrail>().GetRecentAsync(20);
            Assert.Contains(audit, a => a.EntityType == "MediaFile" && a.Action == "Created" && a.EntityId == id);
            Assert.DoesNotContain(audit, a => a.EntityType == "MediaBlob");
        }

        using var edited = await admin.PostFormAsync($"/admin/media/{id}", $"/admin/media/{id}", [new("Form.AltJa", "青森駅前"), new("Form.AltEn", "")]);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Contains("青森駅前", await admin.GetStringAsync("/admin/media"), StringComparison.Ordinal);
        using var deleted = await admin.PostFormAsync($"/admin/media/{id}/delete", $"/admin/media/{id}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        using var gone = await visitor.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_pdf_needs_no_alt_text_and_is_served_as_a_download(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        var admin = await host.AdminClientAsync();

        using var uploaded = await UploadAsync(admin, Pdf, "募集要項.pdf", "", contentType: "application/octet-stream");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var url = MediaUrlPattern().Match(await admin.GetStringAsync("/admin/media")).Value;
        using var served = await host.NewClient().Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("application/pdf", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment; filename*=UTF-8''" + Uri.EscapeDataString("募集要項.pdf"), Header(served, "Content-Disposition"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_png_without_alt_text_a_fake_png_or_a_post_without_token_is_refused(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var admin = await host.AdminClientAsync();

        using var noAlt = await UploadAsync(admin, Png, "photo.png", "  ");
        var html = await noAlt.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, noAlt.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"Form_AltJa-error\">画像には代替テキスト（日本語）が必要です", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Form_AltJa-error", html, StringComparison.Ordinal);

        using var fake = await UploadAsync(admin, Encoding.UTF8.GetBytes("<svg onload=alert(1)>"), "photo.png", "写真");
        html = await fake.Content.ReadAsStringAsync();
        Assert.Contains("<p class=\"field-error\" id=\"Form_File-error\">アップロードできるのは", html, StringComparison.Ordinal);

        using var misnamed = await UploadAsync(admin, Png, "report.pdf", "写真");
        Assert.Contains("拡張子（.pdf）が中身（PNG）と一致しません", await misnamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var forged = new MultipartFormDataContent { { new ByteArrayContent(Png), "Form.File", "photo.png" }, { new StringContent("写真"), "Form.AltJa" } };
        using var noToken = await admin.Http.PostAsync("/admin/media/upload", forged);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.DoesNotMatch(MediaUrlPattern(), await admin.GetStringAsync("/admin/media"));
    }

    [Fact]
    public async Task A_file_over_the_configured_limit_is_refused()
    {
        // The size check refuses before anything is stored: one provider is enough.
        const string provider = "Sqlite";
        // One host with the limit: a second host on the same search folder would fight over its index.
        await using var host = await TestHost.StartAsync(provider, settings: new Dictionary<string, string> { ["Media:MaxBytes"] = "100" });
        var admin = await host.AdminClientAsync();

        using var slightlyOver = await UploadAsync(admin, [.. Png, .. new byte[100]], "big.png", "大きい画像");
        Assert.Equal(HttpStatusCode.OK, slightlyOver.StatusCode);
        Assert.Contains("id=\"Form_File-error\">ファイルが大きすぎます。100 B以下", await slightlyOver.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A body announced far beyond the limit is refused before it is read.
        using var farOver = await UploadAsync(admin, [.. Png, .. new byte[200_000]], "huge.png", "巨大な画像");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, farOver.StatusCode);
        Assert.Contains("id=\"Form_File-error\">ファイルが大きすぎます", await farOver.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotMatch(MediaUrlPattern(), await admin.GetStringAsync("/admin/media"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Department_staff_can_neither_see_nor_upload_media(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var admin = await host.AdminClientAsync();
        var department = Regex.Match(await admin.GetStringAsync("/admin/users/create"), "<option value=\"([0-9a-f-]{36})\">").Groups[1].Value;
        using var created = await admin.PostFormAsync("/admin/users/create", "/admin/users/create",
            [new("Form.DisplayName", "部署 職員"), new("Form.Email", "dept@example.jp"), new("Form.Roles", "DepartmentStaff"), new("Form.DepartmentId", department), new("Form.Password", "Nebuta2026xx")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var staff = host.NewClient();
        await staff.LoginAsync("dept@example.jp", "Nebuta2026xx");

        Assert.DoesNotContain("href=\"/admin/media\"", await staff.GetStringAsync("/admin"), StringComparison.Ordinal);
        foreach (var path in new[] { "/admin/media", "/admin/media/upload" })
        {
            using var response = await staff.Http.GetAsync(path);
            StaffClient.AssertDenied(response);
        }

        using var upload = await UploadAsync(staff, Png, "photo.png", "写真", tokenPage: "/admin");
        StaffClient.AssertDenied(upload);
        Assert.DoesNotMatch(MediaUrlPattern(), await admin.GetStringAsync("/admin/media"));
        Assert.Contains("href=\"/admin/media\"", await admin.GetStringAsync("/admin"), StringComparison.Ordinal);
    }

    /// <summary>Posts the upload form as a browser does: multipart, with the antiforgery token of <paramref name="tokenPage"/>.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(
        StaffClient client, byte[] bytes, string fileName, string altJa, string altEn = "", string contentType = "image/png", string tokenPage = "/admin/media/upload")
    {
        var page = await client.GetStringAsync(tokenPage);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {tokenPage}");
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(file, "Form.File", fileName);
        content.Add(new StringContent(altJa), "Form.AltJa");
        content.Add(new StringContent(altEn), "Form.AltEn");
        content.Add(new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken");
        return await client.Http.PostAsync("/admin/media/upload", content);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : string.Empty;

    [GeneratedRegex("/media/[0-9a-f]{32}/[^\"]+")]
    private static partial Regex MediaUrlPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
