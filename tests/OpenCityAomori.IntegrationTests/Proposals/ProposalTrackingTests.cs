using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Notifications.Data;
using OpenCityAomori.Modules.Proposals.Models;
using OpenCityAomori.Modules.Workflows.Data;
using OpenCityAomori.Modules.Workflows.Models;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Proposals;

/// <summary>The proposer's private page: only the token opens it; replies, withdrawal and new links.</summary>
[Collection(ProposalSiteCollection.Name)]
public sealed class ProposalTrackingTests(ProposalHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Only_the_token_opens_the_page_and_the_proposers_reply_reaches_the_desk_unread(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var visitor = host.NewClient();
        var title = "返信の試験 " + provider;
        var (receipt, tracking) = await SubmitAsync(visitor, title, "reply@example.jp");

        var page = await host.NewClient().GetStringAsync(tracking);
        Assert.Contains(receipt, page, StringComparison.Ordinal);
        Assert.Contains("受付", page, StringComparison.Ordinal);
        foreach (var wrong in new[] { tracking[..^1] + (tracking[^1] == 'A' ? 'B' : 'A'), "/propose/track/short", "/propose/track/" + new string('A', 43) })
        {
            using var response = await host.NewClient().Http.GetAsync(wrong);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain(title, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var disguised = await visitor.PostMultipartAsync(tracking, tracking + "/reply", [new("body", "資料を追加します。")], ("Attachments[0]", "追加資料.pdf", "<script>alert(1)</script>"u8.ToArray())))
        {
            Assert.Equal(HttpStatusCode.OK, disguised.StatusCode);
            Assert.Contains("名前と中身が一致している必要があります", await disguised.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var replied = await visitor.PostMultipartAsync(tracking, tracking + "/reply", [new("body", "資料を追加します。")], ("Attachments[0]", "追加資料.pdf", Pdf)))
        {
            Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        }

        var proposal = await ProposalAsync(host, title);
        Assert.Equal(1, proposal.UnreadReplies);
        var message = Assert.Single(await WithDbAsync(host, db => db.Messages.AsNoTracking().Where(m => m.ProposalId == proposal.Id).ToListAsync()));
        Assert.Equal(MessageAuthor.Proposer, message.Author);
        Assert.Single(await WithDbAsync(host, db => db.Files.AsNoTracking().Where(f => f.MessageId == message.Id).ToListAsync()));
        var replyEvent = Assert.Single(await WithDbAsync(host, db => db.PendingEvents.AsNoTracking().Where(e => e.ProposalId == proposal.Id && e.Name == "ProposerReplied").ToListAsync()));
        Assert.NotNull(replyEvent.PublishedUtc);
        Assert.Contains("資料を追加します。", await visitor.GetStringAsync(tracking), StringComparison.Ordinal);

        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        Assert.Contains(receipt, await desk.GetStringAsync("/admin/proposals?unread=true"), StringComparison.Ordinal);
        Assert.Contains("提案者から返信がありました", await desk.GetStringAsync("/admin/notifications"), StringComparison.Ordinal);
        Assert.Contains("資料を追加します。", await desk.GetStringAsync($"/admin/proposals/{proposal.Id}"), StringComparison.Ordinal);
        Assert.Equal(0, (await ProposalAsync(host, title)).UnreadReplies);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_proposer_withdraws_after_confirming_its_flow_stops_and_it_takes_no_more_replies(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var visitor = host.NewClient();
        var title = "取り下げの試験 " + provider;
        var (_, tracking) = await SubmitAsync(visitor, title, "withdraw@example.jp");

        using (var unconfirmed = await visitor.PostFormAsync(tracking, tracking + "/withdraw", []))
        {
            Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        }

        Assert.Equal(ProposalStage.Received, (await ProposalAsync(host, title)).Stage);
        using (var withdrawn = await visitor.PostFormAsync(tracking, tracking + "/withdraw", [new("confirm", "true")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }

        var proposal = await ProposalAsync(host, title);
        Assert.Equal(ProposalStage.Withdrawn, proposal.Stage);
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var workflows = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            var instance = Assert.Single(await workflows.Instances.AsNoTracking().Where(i => i.BusinessKey == $"proposal:{proposal.Id}").ToListAsync());
            Assert.Equal(InstanceStatus.Cancelled, instance.Status);
            Assert.Empty(await workflows.Tasks.AsNoTracking().Where(t => t.BusinessKey == $"proposal:{proposal.Id}" && t.Status == WorkflowTaskStatus.Open).ToListAsync());
        }

        var page = await visitor.GetStringAsync(tracking);
        Assert.Contains("取り下げ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/reply\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Asking_for_a_new_link_answers_the_same_for_any_address_and_replaces_the_old_link(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var visitor = host.NewClient();
        var email = $"link-{provider.ToLowerInvariant()}@example.jp";
        var (_, oldLink) = await SubmitAsync(visitor, "リンク再発行の試験 " + provider, email);

        string Status(string html) => html[html.IndexOf("role=\"status\"", StringComparison.Ordinal)..].Split("</p>")[0];
        using var known = await visitor.PostFormAsync("/propose/link", "/propose/link", [new("email", email.ToUpperInvariant())]);
        using var unknown = await visitor.PostFormAsync("/propose/link", "/propose/link", [new("email", "nobody-" + email)]);
        Assert.Equal(Status(await known.Content.ReadAsStringAsync()), Status(await unknown.Content.ReadAsStringAsync()));

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var mails = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Emails.AsNoTracking().Where(m => m.Source == "proposals:link").ToListAsync();
        var mail = Assert.Single(mails, m => m.To == email);
        Assert.DoesNotContain(mails, m => m.To.StartsWith("nobody-", StringComparison.Ordinal));
        var newLink = TrackingPattern().Match(mail.TextBody).Value;
        Assert.NotEqual(oldLink, newLink);
        using (var old = await host.NewClient().Http.GetAsync(oldLink))
        {
            Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        }

        Assert.Contains("リンク再発行の試験", await host.NewClient().GetStringAsync(newLink), StringComparison.Ordinal);

        // Three requests per address and hour: the fourth sends nothing and says so.
        for (var i = 0; i < 2; i++)
        {
            using var again = await visitor.PostFormAsync("/propose/link", "/propose/link", [new("email", email)]);
            Assert.DoesNotContain("1時間に数回まで", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var limited = await visitor.PostFormAsync("/propose/link", "/propose/link", [new("email", email)]);
        Assert.Contains("1時間に数回まで", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var sent = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Emails.AsNoTracking().CountAsync(m => m.Source == "proposals:link" && m.To == email);
        Assert.Equal(3, sent);
    }
}
