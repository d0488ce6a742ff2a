using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Forms.Data;
using OpenCityAomori.Modules.Forms.Models;

namespace OpenCityAomori.IntegrationTests;

/// <summary>Each test writes and checks only its own form, so the class shares one host per provider.</summary>
public sealed class AuditUnitOfWorkTests(SharedSiteHosts hosts) : IClassFixture<SharedSiteHosts>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_change_rolled_back_leaves_no_audit_row(string provider)
    {
        var host = await hosts.ForAsync(provider);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FormsDbContext>();
        var form = new FormDefinition { Name = "rolled-back" };
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Definitions.Add(form);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.Empty(await AuditRowsOfAsync(scope.ServiceProvider, form.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_committed_change_has_exactly_its_row_named_by_its_module(string provider)
    {
        var host = await hosts.ForAsync(provider);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FormsDbContext>();
        var form = new FormDefinition { Name = "committed" };
        db.Definitions.Add(form);
        await db.SaveChangesAsync();

        var row = Assert.Single(await AuditRowsOfAsync(scope.ServiceProvider, form.Id));
        Assert.Equal(("Forms", "Created"), (row.Category, row.Action));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_change_committed_in_its_own_transaction_has_its_row(string provider)
    {
        var host = await hosts.ForAsync(provider);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FormsDbContext>();
        var form = new FormDefinition { Name = "own-transaction" };
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Definitions.Add(form);
            await db.SaveChangesAsync();
            form.TitleEn = "Renamed";
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var actions = (await AuditRowsOfAsync(scope.ServiceProvider, form.Id)).Select(r => r.Action).Order(StringComparer.Ordinal);
        Assert.Equal(["Created", "Updated"], actions);
    }

    private static async Task<List<AuditRecordView>> AuditRowsOfAsync(IServiceProvider services, int formId)
    {
        var recent = await services.GetRequiredService<IAuditTrail>().GetRecentAsync(1000);
        var id = formId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return recent.Where(r => r.EntityType == nameof(FormDefinition) && r.EntityId == id).ToList();
    }
}
