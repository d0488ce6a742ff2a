using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Notifications.Data;
using OpenCityAomori.Modules.Proposals.Models;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Proposals;

/// <summary>The desk registers proposals received in person, by phone or by mail, under the same rules as online.</summary>
[Collection(ProposalSiteCollection.Name)]
public sealed class ProposalRegistrationTests(ProposalHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_desk_registers_a_phone_proposal_with_its_channel_and_consent_and_the_proposer_gets_the_link(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var title = "電話で受けた提案 " + provider;
        var fields = Fields(title, "phone-proposer@example.jp");

        using (var noChannel = await desk.PostMultipartAsync("/admin/proposals/new", "/admin/proposals/new", fields))
        {
            Assert.Equal(HttpStatusCode.OK, noChannel.StatusCode);
            Assert.Contains("受付の方法を選んでください。", await noChannel.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        fields.Add(new("channel", "Phone"));
        using (var registered = await desk.PostMultipartAsync("/admin/proposals/new", "/admin/proposals/new", fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        }

        var proposal = await ProposalAsync(host, title);
        Assert.Equal((ProposalChannel.Phone, "2026-12-01"), (proposal.Channel, proposal.ConsentVersion));
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var mail = Assert.Single(await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Emails.AsNoTracking().Where(m => m.Source == $"proposal:{proposal.Id}").ToListAsync());
        var link = TrackingPattern().Match(mail.TextBody).Value;
        Assert.Contains(proposal.ReceiptNumber, await host.NewClient().GetStringAsync(link), StringComparison.Ordinal);
        Assert.NotNull((await WithDbAsync(host, db => db.PendingEvents.AsNoTracking().SingleAsync(e => e.ProposalId == proposal.Id))).PublishedUtc);

        var keizai = host.NewClient();
        await keizai.LoginAsync("keizai@example.jp", Password);
        using var denied = await keizai.Http.GetAsync("/admin/proposals/new");
        StaffClient.AssertDenied(denied);
    }
}
