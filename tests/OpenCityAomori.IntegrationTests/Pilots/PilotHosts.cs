using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.PilotSupport.Data;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.IntegrationTests.Pilots;

/// <summary>
/// One Aomori site per provider for the pilot tests, with the proposal side in memory (<see cref="FakeProposals"/>) and staff:
/// desk1 (DeskStaff), keizai (DepartmentStaff, KEIZAI-SEISAKU), doro (DepartmentStaff, TOSHI-DORO), nodept (PilotRunner: ViewPilots and
/// ManagePilots, without a department). Each test makes its own pilots and asserts only on those.
/// </summary>
public sealed class PilotHosts : SharedHosts<PilotHosts.Site>
{
    public const string Password = "Nebuta2026xx";

    public sealed record Site(TestHost Host, FakeProposals Proposals) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Host.DisposeAsync();

        /// <summary>A pilot as the acceptance of a (fake) pilot proposal makes it; returns its id and the proposal's.</summary>
        public async Task<(long Pilot, long Proposal)> AcceptAsync(string title, string? department)
        {
            var proposal = Proposals.Add(title, department);
            await using var scope = Host.Factory.Services.CreateAsyncScope();
            var scheme = scope.ServiceProvider.GetServices<IProposalScheme>().Single(s => s.Descriptor.Id == "pilot");
            var accepted = await scheme.AcceptAsync(new AcceptedProposal(proposal, $"P-{proposal}", title, department, [new("株式会社実証テスト", "7000012050002")], "来年の春", "青森駅前"), scope.ServiceProvider);
            return (long.Parse(accepted.Reference["pilot:".Length..], CultureInfo.InvariantCulture), proposal);
        }

        internal async Task<Pilot> PilotAsync(long id)
        {
            await using var scope = Host.Factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<PilotSupportDbContext>().Pilots.AsNoTracking().Include(p => p.Checklist).SingleAsync(p => p.Id == id);
        }

        public async Task<StaffClient> LoginAsync(string email)
        {
            var client = Host.NewClient();
            await client.LoginAsync(email, Password);
            return client;
        }
    }

    protected override async Task<Site> StartAsync(string provider)
    {
        var fake = new FakeProposals();
        var host = await TestHost.StartAsync(
            provider,
            settings: new Dictionary<string, string> { ["Security:LoginPermitLimit"] = "1000" },
            testServices: services =>
            {
                services.AddSingleton<IProposalReader>(fake);
                services.AddSingleton<IProposalUpdates>(fake);
            });
        await NotificationsInboxTests.CreateStaffAsync(host);
        var admin = await host.AdminClientAsync();
        IReadOnlyList<DirectoryDepartment> departments;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            departments = await scope.ServiceProvider.GetRequiredService<IUserDirectory>().DepartmentsAsync();
        }

        // A custom role that may view and run a department's pilots, held by someone with no department: must see none.
        using (var role = await admin.PostFormAsync("/admin/roles/create", "/admin/roles/create",
            [new("Form.Name", "PilotRunner"), new("Form.DescriptionJa", "実証実験の担当"), new("Form.DescriptionEn", "Pilot runner"), new("Form.Permissions", "ViewPilots"), new("Form.Permissions", "ManagePilots")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, role.StatusCode);
        }

        foreach (var (name, email, roleName, department) in new[] { ("道路 次郎", "doro@example.jp", "DepartmentStaff", "TOSHI-DORO"), ("所属なし 花子", "nodept@example.jp", "PilotRunner", (string?)null) })
        {
            using var created = await admin.PostFormAsync("/admin/users/create", "/admin/users/create",
            [
                new("Form.DisplayName", name), new("Form.Email", email), new("Form.Roles", roleName),
                new("Form.DepartmentId", departments.SingleOrDefault(d => d.Code == department)?.Id.ToString() ?? string.Empty), new("Form.Password", Password),
            ]);
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        return new Site(host, fake);
    }
}

[CollectionDefinition(Name)]
public sealed class PilotSiteCollection : ICollectionFixture<PilotHosts>
{
    public const string Name = "Pilot support site";
}
