using System.Net;
using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests;

public sealed class FeatureTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Disabling_Contents_disables_Portal_and_hides_their_pages_menus_and_permissions(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        var admin = await host.AdminClientAsync();
        Assert.Contains("ViewContent", await admin.GetStringAsync("/admin/roles/Editor"), StringComparison.Ordinal);

        using var disabled = await admin.PostFormAsync("/admin/features", "/admin/features/Contents/disable", []);
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);

        var features = await admin.GetStringAsync("/admin/features");
        Assert.Contains("Portal", features, StringComparison.Ordinal);
        using var home = await host.NewClient().Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.NotFound, home.StatusCode);
        using var contents = await admin.Http.GetAsync("/admin/contents");
        Assert.Equal(HttpStatusCode.NotFound, contents.StatusCode);
        Assert.DoesNotContain("href=\"/admin/contents\"", await admin.GetStringAsync("/admin"), StringComparison.Ordinal);
        Assert.DoesNotContain("ViewContent", await admin.GetStringAsync("/admin/roles/Editor"), StringComparison.Ordinal);

        using var enabled = await admin.PostFormAsync("/admin/features", "/admin/features/Portal/enable", []);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Contains("青森市公民連携デスク", await host.NewClient().GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/contents\"", await admin.GetStringAsync("/admin"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Modules_that_must_stay_on_cannot_be_disabled(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        var admin = await host.AdminClientAsync();

        using var refused = await admin.PostFormAsync("/admin/features", "/admin/features/Users/disable", []);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);

        var page = await admin.GetStringAsync("/admin/features");
        Assert.Contains("無効にできません", page, StringComparison.Ordinal);
        Assert.Contains("ダッシュボード", await admin.GetStringAsync("/admin"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_choice_of_enabled_modules_survives_a_restart(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider, DatabaseContent.AomoriSite);
        try
        {
            await using (var first = new OcaAppFactory(database))
            {
                var admin = first.NewClient();
                await admin.LoginAsync(OcaAppFactory.AdminEmail, OcaAppFactory.AdminPassword);
                using var disabled = await admin.PostFormAsync("/admin/features", "/admin/features/Portal/disable", []);
                Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
            }

            await using var second = new OcaAppFactory(database);
            using var home = await second.CreateClient().GetAsync("/");
            Assert.Equal(HttpStatusCode.NotFound, home.StatusCode);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }
}
