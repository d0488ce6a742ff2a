using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Media;
using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests;

/// <summary>Media fields when a media library is installed: a picker of its assets, and only existing assets accepted.</summary>
public sealed class ContentsMediaTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Media_fields_offer_the_library_assets_and_refuse_unknown_ones(string provider)
    {
        await using var host = await ContentsTestHost.StartAsync(provider, configure: s => s.AddSingleton<IMediaLibrary, TwoAssets>());
        var admin = await host.AdminClientAsync();
        const string page = "/admin/contents/new/TestArticle";
        var form = await admin.GetStringAsync(page);
        Assert.Contains("<select id=\"Fields_image\" name=\"Fields.image\"", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"nebuta-photo\">nebuta.jpg：ねぶた祭の山車</option>", form, StringComparison.Ordinal);

        using var refused = await admin.PostFormAsync(page, page, [.. ContentsVersionTests.Article("写真つき", "概要", "draft"), new("Fields.image", "deleted-photo")]);
        Assert.Contains("「画像」で選んだファイルがメディアライブラリにありません", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var saved = await admin.PostFormAsync(page, page, [.. ContentsVersionTests.Article("写真つき", "概要", "publish"), new("Fields.image", "nebuta-photo")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var view = await ContentsAdminTests.PublishedAsync(host, ContentsAdminTests.IdOf(saved));
        Assert.Equal("nebuta-photo", view?.Fields["image"].GetString());
    }

    private sealed class TwoAssets : IMediaLibrary
    {
        private static readonly IReadOnlyList<MediaAsset> Assets =
        [
            new("nebuta-photo", "nebuta.jpg", "image/jpeg", 1024, "/media/nebuta.jpg", new("ねぶた祭の山車", "A Nebuta float"), DateTime.UtcNow),
            new("guide-pdf", "guide.pdf", "application/pdf", 2048, "/media/guide.pdf", new(string.Empty, string.Empty), DateTime.UtcNow),
        ];

        public Task<MediaAsset?> GetAsync(string id, CancellationToken cancellationToken) => Task.FromResult(Assets.FirstOrDefault(a => a.Id == id));

        public Task<IReadOnlyList<MediaAsset>> ListAsync(CancellationToken cancellationToken) => Task.FromResult(Assets);
    }
}
