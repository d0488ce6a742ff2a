using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Data;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Web.Recipes;

namespace OpenCityAomori.IntegrationTests;

public sealed class DataTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_module_migrates_its_own_tables_and_a_second_start_applies_nothing(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        try
        {
            // Migrations only: the recipe's first run is covered by the first-run setup test.
            await using (var first = new OcaAppFactory(database, recipe: string.Empty))
            {
                _ = first.Server;
            }

            await using var second = new OcaAppFactory(database, recipe: string.Empty);
            await using var scope = second.Services.CreateAsyncScope();
            var registrations = scope.ServiceProvider.GetServices<ModuleDbContextRegistration>().ToList();
            Assert.Contains(registrations, r => r.ModuleId == "Users");
            Assert.Contains(registrations, r => r.ModuleId == "Contents");
            foreach (var registration in registrations)
            {
                var context = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
                Assert.Empty(await context.Database.GetPendingMigrationsAsync());
                Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync());
            }
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Running_the_recipe_again_changes_nothing(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var auditBefore = await services.GetRequiredService<IAuditTrail>().GetRecentAsync(1);
        var content = services.GetRequiredService<IContentIndexingSource>();
        var itemsBefore = await content.CountItemsAsync(CancellationToken.None);
        var tasksBefore = await content.GetLatestTaskIdAsync(CancellationToken.None);
        var pagesBefore = await PublishedPagesAsync(services);

        await services.GetRequiredService<RecipeExecutor>().RunAsync("aomori", CancellationToken.None);

        var auditAfter = await services.GetRequiredService<IAuditTrail>().GetRecentAsync(1);
        Assert.NotEmpty(pagesBefore);
        Assert.Equal(pagesBefore, await PublishedPagesAsync(services));
        Assert.Equal(itemsBefore, await content.CountItemsAsync(CancellationToken.None));
        Assert.Equal(tasksBefore, await content.GetLatestTaskIdAsync(CancellationToken.None));
        Assert.Equal(auditBefore.Single().Id, auditAfter.Single().Id);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Changing_site_settings_is_audited_with_who_and_the_values_before_and_after(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        var admin = await host.AdminClientAsync();
        var form = await admin.GetStringAsync("/admin/settings");
        Assert.Contains("017-761-4154", form, StringComparison.Ordinal);

        using var invalid = await admin.PostFormAsync("/admin/settings", "/admin/settings",
            [new("SiteNameJa", ""), new("SiteNameEn", "Portal"), new("DeskNameJa", "デスク"), new("DeskNameEn", "Desk"), new("PostalCode", "0308505"), new("Phone", "017-761-4154")]);
        var invalidHtml = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("サイト名（日本語）を入力してください", invalidHtml, StringComparison.Ordinal);
        Assert.Contains("郵便番号は「030-8505」の形式で入力してください", invalidHtml, StringComparison.Ordinal);

        using var saved = await admin.PostFormAsync("/admin/settings", "/admin/settings",
        [
            new("SiteNameJa", "青森市公民連携ポータル"), new("SiteNameEn", "Aomori PPP Portal"), new("DeskNameJa", "青森市公民連携デスク"),
            new("DeskNameEn", "Aomori PPP Desk"), new("PostalCode", "０３０－８５０５"), new("AddressJa", "青森県青森市柳川一丁目1-1 柳川庁舎3階"),
            new("Phone", "０１７－７６１－９９９９"), new("DefaultCulture", "ja"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("017-761-9999", await host.NewClient().GetStringAsync("/"), StringComparison.Ordinal);

        var audit = await admin.GetStringAsync("/admin/audit?category=Admin");
        var id = System.Text.RegularExpressions.Regex.Match(audit, "href=\"/admin/audit/(\\d+)\"").Groups[1].Value;
        var details = await admin.GetStringAsync("/admin/audit/" + id);
        Assert.Contains(OcaAppFactory.AdminEmail, details, StringComparison.Ordinal);
        Assert.Contains("017-761-4154", details, StringComparison.Ordinal);
        Assert.Contains("017-761-9999", details, StringComparison.Ordinal);

        // Date filters are Japanese calendar days, like the times shown.
        var today = DateOnly.FromDateTime(DateTime.UtcNow + TimeSpan.FromHours(9));
        var link = $"href=\"/admin/audit/{id}\"";
        Assert.Contains(link, await admin.GetStringAsync($"/admin/audit?category=Admin&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}"), StringComparison.Ordinal);
        Assert.DoesNotContain(link, await admin.GetStringAsync($"/admin/audit?category=Admin&to={today.AddDays(-1):yyyy-MM-dd}"), StringComparison.Ordinal);
        Assert.DoesNotContain(link, await admin.GetStringAsync($"/admin/audit?category=Admin&from={today.AddDays(1):yyyy-MM-dd}"), StringComparison.Ordinal);
    }

    private static async Task<List<(string Id, long Version)>> PublishedPagesAsync(IServiceProvider services) =>
        (await services.GetRequiredService<IContentQuery>().ListPublishedAsync("Page", "ja", CancellationToken.None))
            .Select(p => (p.ContentItemId, p.VersionId))
            .ToList();
}
