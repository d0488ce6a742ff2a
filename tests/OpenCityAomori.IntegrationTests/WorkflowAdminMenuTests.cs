using System.Text.RegularExpressions;
using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests;

/// <summary>The workflow admin's menu, read from the shared Aomori site (logging in changes nothing the others read).</summary>
[Collection(ReadOnlySiteCollection.Name)]
public sealed class WorkflowAdminMenuTests(SharedSiteHosts hosts)
{
    [Fact]
    public async Task The_admin_menu_marks_only_the_page_being_viewed_as_current()
    {
        // The menu's markup does not depend on the database: one provider is enough.
        var host = await hosts.ForAsync("Sqlite");
        var admin = await host.AdminClientAsync();

        var tasks = await admin.GetStringAsync("/admin/workflows/tasks");
        var definitions = await admin.GetStringAsync("/admin/workflows");

        Assert.Single(Regex.Matches(tasks, "aria-current=\"page\""));
        Assert.Contains("<a href=\"/admin/workflows/tasks\" aria-current=\"page\">", tasks, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(definitions, "aria-current=\"page\""));
        Assert.Contains("<a href=\"/admin/workflows\" aria-current=\"page\">", definitions, StringComparison.Ordinal);
    }
}
