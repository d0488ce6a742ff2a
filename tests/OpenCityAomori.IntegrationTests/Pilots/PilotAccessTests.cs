using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.AuditTrail.Data;

namespace OpenCityAomori.IntegrationTests.Pilots;

/// <summary>Department staff see and edit only their own department's pilots; a guessed address is refused and audited.</summary>
[Collection(PilotSiteCollection.Name)]
public sealed class PilotAccessTests(PilotHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Department_staff_see_and_edit_only_their_departments_pilots_and_a_guessed_address_is_refused_and_audited(string provider)
    {
        var site = await hosts.ForAsync(provider);
        var (ownTitle, otherTitle) = ("経済課の実証 " + provider, "道路課の実証 " + provider);
        var (own, _) = await site.AcceptAsync(ownTitle, "KEIZAI-SEISAKU");
        var (other, _) = await site.AcceptAsync(otherTitle, "TOSHI-DORO");

        var keizai = await site.LoginAsync("keizai@example.jp");
        var list = await keizai.GetStringAsync("/admin/pilots");
        Assert.Contains(ownTitle, list, StringComparison.Ordinal);
        Assert.DoesNotContain(otherTitle, list, StringComparison.Ordinal);
        var csv = await keizai.GetStringAsync("/admin/pilots/export.csv");
        Assert.Contains(ownTitle, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(otherTitle, csv, StringComparison.Ordinal);
        using (var guessed = await keizai.Http.GetAsync($"/admin/pilots/{other}"))
        {
            StaffClient.AssertDenied(guessed);
        }

        // A post to another department's pilot is refused too, and the own department cannot be swapped for another.
        var ownPage = $"/admin/pilots/{own}";
        Assert.DoesNotContain("name=\"Form.DepartmentCode\"", await keizai.GetStringAsync(ownPage), StringComparison.Ordinal);
        using (var foreign = await keizai.PostFormAsync(ownPage, $"/admin/pilots/{other}/status", [new("to", "Cancelled"), new("reason", "試験")]))
        {
            StaffClient.AssertDenied(foreign);
        }

        using (var saved = await keizai.PostFormAsync(ownPage, ownPage, PilotForms.Edit(ownTitle, department: "TOSHI-DORO")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal("KEIZAI-SEISAKU", (await site.PilotAsync(own)).DepartmentCode);
        Assert.NotEqual(Modules.PilotSupport.Models.PilotStatus.Cancelled, (await site.PilotAsync(other)).Status);

        // No department: nothing, not everything.
        var nodept = await site.LoginAsync("nodept@example.jp");
        var none = await nodept.GetStringAsync("/admin/pilots");
        Assert.DoesNotContain(ownTitle, none, StringComparison.Ordinal);
        Assert.DoesNotContain(otherTitle, none, StringComparison.Ordinal);
        using (var denied = await nodept.Http.GetAsync(ownPage))
        {
            StaffClient.AssertDenied(denied);
        }

        // The desk sees all and moves a pilot to another department.
        var desk = await site.LoginAsync("desk1@example.jp");
        var all = await desk.GetStringAsync("/admin/pilots");
        Assert.Contains(ownTitle, all, StringComparison.Ordinal);
        Assert.Contains(otherTitle, all, StringComparison.Ordinal);
        var otherPage = $"/admin/pilots/{other}";
        using (var moved = await desk.PostFormAsync(otherPage, otherPage, PilotForms.Edit(otherTitle, department: "KEIZAI-SEISAKU")))
        {
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        Assert.Contains(otherTitle, await keizai.GetStringAsync("/admin/pilots"), StringComparison.Ordinal);

        await using var scope = site.Host.Factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AuditTrailDbContext>().Events.AsNoTracking()
            .Where(e => e.Action == "AccessDenied" && e.EntityType == "Pilot").ToListAsync();
        Assert.Contains(audit, e => e.EntityId == other.ToString() && e.UserName == "keizai@example.jp");
        Assert.Contains(audit, e => e.EntityId == own.ToString() && e.UserName == "nodept@example.jp");
    }
}
