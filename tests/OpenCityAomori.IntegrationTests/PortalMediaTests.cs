using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Media;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Contents.Models;
using OpenCityAomori.Modules.Contents.Services;

namespace OpenCityAomori.IntegrationTests;

/// <summary>Images of Media fields are shown with their alt text and shared through Open Graph.</summary>
public sealed class PortalMediaTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_case_study_image_is_shown_with_its_alt_text_in_the_page_language(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, DatabaseContent.AomoriSite);
        await using var app = new OcaAppFactory(database, testServices: s => s.AddSingleton<IMediaLibrary, OneImageLibrary>());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var fields = JsonSerializer.SerializeToElement(new Dictionary<string, object>
            {
                ["partners"] = new[] { "株式会社クリーマ" },
                ["municipality"] = "青森市",
                ["scheme"] = "partnership",
                ["summary"] = "ねぶたの和紙を再利用した作品。",
                ["image"] = OneImageLibrary.Asset.Id,
            }).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
            await scope.ServiceProvider.GetRequiredService<ContentManager>().CreateAsync(
                null, "CaseStudy", "ja", null, new ContentEdit("ねぶた和紙の作品展示", "nebuta-washi-art", fields), null, new Publication(PublishAction.Publish), CancellationToken.None);
        }

        var html = await app.NewClient().GetStringAsync("/cases/nebuta-washi-art");

        Assert.Contains("<img src=\"/media/files/washi.jpg\" alt=\"ねぶた和紙を使ったバッグ\" loading=\"lazy\" />", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image\" content=\"http://localhost/media/files/washi.jpg\" />", html, StringComparison.Ordinal);
    }

    private sealed class OneImageLibrary : IMediaLibrary
    {
        public static readonly MediaAsset Asset = new(
            "washi-1", "washi.jpg", "image/jpeg", 2048, "/media/files/washi.jpg",
            new("ねぶた和紙を使ったバッグ", "A bag made of Nebuta washi"), new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        public Task<MediaAsset?> GetAsync(string id, CancellationToken cancellationToken) =>
            Task.FromResult(id == Asset.Id ? Asset : null);

        public Task<IReadOnlyList<MediaAsset>> ListAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<MediaAsset>>([Asset]);
    }
}
