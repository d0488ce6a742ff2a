using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Content;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Contents.Data;

namespace OpenCityAomori.IntegrationTests.Portal;

/// <summary>A scheme module's case-study sheet becomes a CaseStudy draft (Core ICaseStudySheets) that waits for the partner's consent.</summary>
[Collection(DeclaredListCollection.Name)]
public sealed class CaseStudySheetsTests(DeclaredListHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_sheet_becomes_a_case_study_draft_with_the_mapped_fields_published_only_after_consent(string provider)
    {
        var site = await hosts.ForAsync(provider);
        var sheet = new CaseStudySheet(
            "ねぶた囃子の練習場所の連携協定",
            ["株式会社はやし", " 株式会社はやし ", "囃子保存会"],
            "partnership",
            new DateOnly(2026, 4, 1),
            new DateOnly(2027, 3, 31),
            "練習場所を地域に開く協定の事例です。",
            ["練習場所の提供に関すること", "騒音への配慮、周知に関すること"],
            "地域の文化継承と交流人口の増加",
            [
                new(CaseStudyParty.City, CaseStudyResource.Goods, "市民センターの提供"),
                new(CaseStudyParty.Partner, CaseStudyResource.People, "講師の派遣"),
                new(CaseStudyParty.Partner, CaseStudyResource.Money, " "),
            ],
            [(CaseStudyParty.City, "文化の継承"), (CaseStudyParty.Partner, "地域での認知")],
            "/admin/partnership/agreements/7");
        var id = "case-agreement-7-" + provider.ToLowerInvariant();

        var saved = await WithAsync(site, (ICaseStudySheets s) => s.SaveDraftAsync(id, sheet, "desk-user"));

        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Values));
        var status = (await WithAsync(site, (IContentDrafts d) => d.StatusAsync(id)))!;
        Assert.Equal(("CaseStudy", 1, (int?)null, true), (status.ContentType, status.LatestVersion, status.PublishedVersion, status.AwaitsConsent));
        var version = await WithAsync(site, (ContentsDbContext db) => db.Versions.AsNoTracking().SingleAsync(v => v.ContentItemId == id));
        var item = await WithAsync(site, (ContentsDbContext db) => db.Items.AsNoTracking().SingleAsync(i => i.ContentItemId == id));
        Assert.Equal(("ja", id), (item.Culture, item.Slug));
        using var fields = JsonDocument.Parse(version.FieldsJson);
        var f = fields.RootElement;
        Assert.Equal(["株式会社はやし", "囃子保存会"], f.GetProperty("partners").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(("青森市", "partnership", "2026-04-01", "2027-03-31"),
            (f.GetProperty("municipality").GetString(), f.GetProperty("scheme").GetString(), f.GetProperty("startDate").GetString(), f.GetProperty("endDate").GetString()));
        Assert.Equal("練習場所を地域に開く協定の事例です。", f.GetProperty("summary").GetString());
        Assert.Equal(["練習場所の提供に関すること", "騒音への配慮、周知に関すること"], f.GetProperty("collaborationItems").EnumerateArray().Select(r => r.GetProperty("item").GetString()));
        Assert.Equal("地域の文化継承と交流人口の増加", f.GetProperty("expectedEffects").GetString());
        Assert.Equal(["city/goods/市民センターの提供", "business/people/講師の派遣"], f.GetProperty("contributions").EnumerateArray()
            .Select(c => $"{c.GetProperty("party").GetString()}/{c.GetProperty("category").GetString()}/{c.GetProperty("text").GetString()}"));
        Assert.Equal(["city:文化の継承", "business:地域での認知"], f.GetProperty("benefits").EnumerateArray()
            .Select(b => $"{b.GetProperty("party").GetString()}:{b.GetProperty("text").GetString()}"));
        Assert.Equal("/admin/partnership/agreements/7", f.GetProperty("sourceRecord").GetString());

        // The draft is not public; once the partner consented and it is published, the page shows the sheet but not the staff path.
        var client = site.NewClient();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.Http.GetAsync("/cases/" + id)).StatusCode);
        Assert.False((await WithAsync(site, (IContentDrafts d) => d.PublishAsync(id))).Succeeded);
        Assert.True(await WithAsync(site, (IContentDrafts d) => d.RecordConsentAsync(id, "株式会社はやし 総務部", new DateOnly(2027, 4, 10), "desk@example.jp")));
        Assert.True((await WithAsync(site, (IContentDrafts d) => d.PublishAsync(id))).Succeeded);
        var page = await client.GetStringAsync("/cases/" + id);
        Assert.Contains("<li>騒音への配慮、周知に関すること</li>", page, StringComparison.Ordinal);
        Assert.Contains("地域の文化継承と交流人口の増加", page, StringComparison.Ordinal);
        Assert.Contains("市民センターの提供", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/partnership", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/partnership", await client.GetStringAsync("/api/v1/case-studies?format=csv"), StringComparison.Ordinal);

        // Saved again unchanged, the sheet adds no version; changed, it adds a draft that needs a consent of its own.
        Assert.True((await WithAsync(site, (ICaseStudySheets s) => s.SaveDraftAsync(id, sheet, "desk-user"))).Succeeded);
        Assert.Equal(1, (await WithAsync(site, (IContentDrafts d) => d.StatusAsync(id)))!.LatestVersion);
        Assert.True((await WithAsync(site, (ICaseStudySheets s) => s.SaveDraftAsync(id, sheet with { Summary = "書き直した概要です。" }, "desk-user"))).Succeeded);
        status = (await WithAsync(site, (IContentDrafts d) => d.StatusAsync(id)))!;
        Assert.Equal((2, (int?)1, true), (status.LatestVersion, status.PublishedVersion, status.AwaitsConsent));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_sheet_missing_what_a_case_study_requires_is_refused_with_a_message_and_nothing_is_stored(string provider)
    {
        var site = await hosts.ForAsync(provider);
        var sheet = new CaseStudySheet("連携先のない事例", [], "pilot", null, null, "概要", [], string.Empty, [], [], "/admin/pilots/3");
        var id = "case-pilot-3-" + provider.ToLowerInvariant();

        var result = await WithAsync(site, (ICaseStudySheets s) => s.SaveDraftAsync(id, sheet, null));

        Assert.False(result.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(result.Errors["Fields.partners"]));
        Assert.Null(await WithAsync(site, (IContentDrafts d) => d.StatusAsync(id)));
    }

    private static async Task<T> WithAsync<TService, T>(DeclaredListSite site, Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
