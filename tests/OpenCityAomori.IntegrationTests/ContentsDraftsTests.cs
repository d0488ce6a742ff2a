using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Content;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Contents.Data;

namespace OpenCityAomori.IntegrationTests;

/// <summary>
/// Content another module keeps in step with its records (Core IContentDrafts): drafts, publication, and the partner's
/// consent that a case study needs — for the version published, whether through the contract or the admin.
/// </summary>
public sealed class ContentsDraftsTests(SharedContentsHosts hosts) : IClassFixture<SharedContentsHosts>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_item_needing_consent_is_published_only_at_a_version_a_recorded_consent_covers(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var id = "case-agreement-" + provider.ToLowerInvariant();
        var slug = "consent-" + provider.ToLowerInvariant();
        Assert.True((await WithDraftsAsync(host, d => d.SaveDraftAsync(Draft(id, slug, "連携の成果"), "module"))).Succeeded);
        Assert.True((await WithDraftsAsync(host, d => d.SaveDraftAsync(Draft(id, slug, "連携の成果"), "module"))).Succeeded);

        var status = await WithDraftsAsync(host, d => d.StatusAsync(id));
        Assert.Equal((1, null, true, true), (status!.LatestVersion, status.PublishedVersion, status.RequiresPublicationConsent, status.AwaitsConsent));
        var refused = await WithDraftsAsync(host, d => d.PublishAsync(id));
        Assert.False(refused.Succeeded);
        Assert.Contains("同意", refused.Errors[string.Empty], StringComparison.Ordinal);

        // The admin's publish button is refused with the same reason, and nothing is published.
        var admin = await host.AdminClientAsync();
        var edit = ContentRoutes.AdminEditUrl(id);
        Assert.Contains("連携先の公開への同意が必要です", await admin.GetStringAsync(edit), StringComparison.Ordinal);
        using (var publish = await admin.PostFormAsync(edit, $"/admin/contents/{id}/publish", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        }

        Assert.Contains("同意", await admin.GetStringAsync(edit), StringComparison.Ordinal);
        Assert.Null(await ContentsAdminTests.PublishedAsync(host, id));

        Assert.True(await WithDraftsAsync(host, d => d.RecordConsentAsync(id, "株式会社テスト 広報課 青森", new DateOnly(2026, 12, 1), "desk@example.jp")));
        Assert.True((await WithDraftsAsync(host, d => d.PublishAsync(id))).Succeeded);
        Assert.Equal("連携の成果", (await ContentsAdminTests.PublishedAsync(host, id))?.GetText("summary"));

        // A change after the consent needs a consent of its own; the public keeps the consented version.
        Assert.True((await WithDraftsAsync(host, d => d.SaveDraftAsync(Draft(id, slug, "書き換えた成果"), "module"))).Succeeded);
        status = await WithDraftsAsync(host, d => d.StatusAsync(id));
        Assert.Equal((2, 1, true), (status!.LatestVersion, status.PublishedVersion, status.AwaitsConsent));
        Assert.False((await WithDraftsAsync(host, d => d.PublishAsync(id))).Succeeded);
        Assert.Equal("連携の成果", (await ContentsAdminTests.PublishedAsync(host, id))?.GetText("summary"));
        await using var scope = host.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ContentsDbContext>().Consents.CountAsync(c => c.ContentItemId == id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_draft_with_invalid_values_is_refused_with_messages_and_nothing_is_stored(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var id = "bad-draft-" + provider.ToLowerInvariant();
        var result = await WithDraftsAsync(host, d => d.SaveDraftAsync(Draft(id, "bad-" + provider.ToLowerInvariant(), string.Empty), "module"));
        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Errors);
        Assert.Null(await WithDraftsAsync(host, d => d.StatusAsync(id)));
    }

    private static ContentDraft Draft(string id, string slug, string summary) => new(
        id,
        TestContentTypes.Article,
        "ja",
        "協定から生まれた事例",
        slug,
        new Dictionary<string, JsonElement> { ["summary"] = JsonSerializer.SerializeToElement(summary) },
        RequiresPublicationConsent: true);

    private static async Task<T> WithDraftsAsync<T>(ContentsTestHost host, Func<IContentDrafts, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IContentDrafts>());
    }
}
