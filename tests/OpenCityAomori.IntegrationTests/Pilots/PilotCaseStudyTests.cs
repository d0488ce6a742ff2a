using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Content;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.PilotSupport.Data;

namespace OpenCityAomori.IntegrationTests.Pilots;

/// <summary>A completed pilot's case study: drafted from the pilot, refused publication until the partner's consent is recorded.</summary>
[Collection(PilotSiteCollection.Name)]
public sealed class PilotCaseStudyTests(PilotHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_completed_pilots_case_study_is_drafted_and_published_only_once_the_partners_consent_is_recorded(string provider)
    {
        var site = await hosts.ForAsync(provider);
        long id;
        await using (var scope = site.Host.Factory.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<PilotSupportDbContext>().Pilots.Where(p => p.PublicSlug == "aomori-lightblue-ai-pedestrian-count").Select(p => p.Id).SingleAsync();
        }

        var page = $"/admin/pilots/{id}";
        var admin = await site.Host.AdminClientAsync();
        await PilotForms.PostAsync(admin, page, "/case-study", []);
        var drafted = await admin.GetStringAsync(page);
        Assert.Contains($"href=\"/admin/contents/case-pilot-{id}/edit\"", drafted, StringComparison.Ordinal);
        Assert.Contains("記録なし", drafted, StringComparison.Ordinal);

        // Contents refuses to publish without the consent, and the page says why.
        await PilotForms.PostAsync(admin, page, "/case-study/publish", []);
        Assert.Contains(ContentDraftMessages.ConsentMissing.Ja, await admin.GetStringAsync(page), StringComparison.Ordinal);
        var visitor = site.Host.NewClient();
        using (var hidden = await visitor.Http.GetAsync($"/cases/case-pilot-{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        using (var bad = await admin.PostFormAsync(page, page + "/case-study/consent", [new("consentBy", ""), new("consentOn", "2099-01-01")]))
        {
            var body = await bad.Content.ReadAsStringAsync();
            Assert.Contains("id=\"consentBy-error\"", body, StringComparison.Ordinal);
            Assert.Contains("id=\"consentOn-error\"", body, StringComparison.Ordinal);
            Assert.Contains("value=\"2099-01-01\"", body, StringComparison.Ordinal);
        }

        // Desk staff run pilots but do not publish content.
        var desk = await site.LoginAsync("desk1@example.jp");
        Assert.DoesNotContain("/case-study/publish", await desk.GetStringAsync(page), StringComparison.Ordinal);
        using (var refused = await desk.PostFormAsync(page, page + "/case-study/publish", []))
        {
            StaffClient.AssertDenied(refused);
        }

        await PilotForms.PostAsync(admin, page, "/case-study/consent", [new("consentBy", "株式会社LightblueTechnology 広報担当"), new("consentOn", "2026-12-01")]);
        await PilotForms.PostAsync(admin, page, "/case-study/publish", []);
        var published = await admin.GetStringAsync(page);
        Assert.Contains("株式会社LightblueTechnology 広報担当（2026-12-01、第1版に対して", published, StringComparison.Ordinal);
        Assert.Contains("AI映像解析による歩行量調査の実証実験", await visitor.GetStringAsync($"/cases/case-pilot-{id}"), StringComparison.Ordinal);
    }
}
