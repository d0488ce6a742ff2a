using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Notifications.Data;
using OpenCityAomori.Modules.Notifications.Models;

namespace OpenCityAomori.IntegrationTests;

/// <summary>
/// The e-mail outbox against a test SMTP server. Tests that leave the server as it is and look for their own
/// messages share a host and server per provider; those that stop the server or make it refuse start their own.
/// </summary>
public sealed class NotificationsEmailTests(SharedSmtpSiteHosts hosts) : IClassFixture<SharedSmtpSiteHosts>
{
    private const string JapaneseSubject = "【公民連携デスク】お問い合わせを受け付けました（受付番号 C-0001）";
    private const string JapaneseBody = "青森市 公民連携デスクです。\n内容：実証実験の相談　ｶﾀｶﾅ・①②・𠮷野家\n";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Enqueued_email_arrives_at_the_smtp_server_with_japanese_intact(string provider)
    {
        var (smtp, host) = await hosts.ForAsync(provider);

        var id = await EnqueueAsync(host, new EmailMessage(["相談者 <proposer@example.jp>"], JapaneseSubject, JapaneseBody, ReplyTo: "desk@aomori.example.jp", Source: "test"));

        var mail = await smtp.WaitForMessageAsync(m => m.Subject == JapaneseSubject);
        Assert.Equal(["proposer@example.jp"], mail.To);
        Assert.Equal("noreply@aomori.example.jp", mail.From);
        Assert.Equal(JapaneseBody.ReplaceLineEndings().TrimEnd(), mail.TextBody.ReplaceLineEndings().TrimEnd());
        Assert.Equal("公民連携デスク", mail.Message.From.Mailboxes.Single().Name);
        Assert.Equal("desk@aomori.example.jp", mail.Message.ReplyTo.Mailboxes.Single().Address);
        var email = await WaitForStatusAsync(host, id, EmailStatus.Sent);
        Assert.Equal(1, email.Attempts);
        Assert.NotNull(email.SentUtc);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Message_waits_while_the_server_is_down_and_arrives_when_it_is_back(string provider)
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await smtp.StopAsync();
        await using var host = await TestHost.StartAsync(provider, settings: smtp.HostSettings());

        var id = await EnqueueAsync(host, new EmailMessage(["desk@example.jp"], "再送テスト", "本文"));

        var failing = await WaitForAsync(host, id, e => e.Attempts >= 2 && e.LastError is not null && e.Status == EmailStatus.Pending);
        Assert.True(failing.NextAttemptUtc > failing.LastAttemptUtc, "the next attempt is scheduled after the last one");
        Assert.Equal(0, smtp.DeliveryAttempts);

        await smtp.StartListeningAsync();
        var mail = await smtp.WaitForMessageAsync(m => m.Subject == "再送テスト");
        Assert.Equal("本文", mail.TextBody.Trim());
        var sent = await WaitForStatusAsync(host, id, EmailStatus.Sent);
        Assert.True(sent.Attempts >= 3);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Temporary_refusal_is_retried_and_gives_up_after_max_attempts(string provider)
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        smtp.RefuseWith = 451;
        await using var host = await TestHost.StartAsync(provider, settings: smtp.HostSettings(new Dictionary<string, string> { ["Email:MaxAttempts"] = "3", ["Email:RetryBaseSeconds"] = "0.2" }));

        var id = await EnqueueAsync(host, new EmailMessage(["desk@example.jp"], "拒否テスト", "本文"));

        var failed = await WaitForStatusAsync(host, id, EmailStatus.Failed);
        Assert.Equal(3, failed.Attempts);
        Assert.Contains("451", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(3, smtp.DeliveryAttempts);
        Assert.Empty(smtp.Messages);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Email_enqueued_in_a_transaction_that_rolls_back_is_neither_stored_nor_sent(string provider)
    {
        var (smtp, host) = await hosts.ForAsync(provider);

        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var owner = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            var ambient = scope.ServiceProvider.GetRequiredService<AmbientTransaction>();
            var outbox = scope.ServiceProvider.GetRequiredService<IEmailOutbox>();
            await using var tx = await owner.Database.BeginTransactionAsync();
            using (ambient.Use(tx))
            {
                await outbox.EnqueueAsync(new EmailMessage(["desk@example.jp"], "取り消されるメール", "本文"));
                Assert.Equal(1, await owner.Emails.CountAsync(e => e.Subject == "取り消されるメール"));
            }

            await tx.RollbackAsync();
        }

        var committed = await EnqueueInCommittedTransactionAsync(host, "確定したメール");
        await smtp.WaitForMessageAsync(m => m.Subject == "確定したメール");
        await WaitForStatusAsync(host, committed, EmailStatus.Sent);
        await using var check = host.Factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        Assert.Equal(0, await db.Emails.CountAsync(e => e.Subject == "取り消されるメール"));
        Assert.DoesNotContain(smtp.Messages, m => m.Subject == "取り消されるメール");
    }

    [Fact]
    public async Task Invalid_address_is_refused_at_enqueue()
    {
        // Nothing here depends on the database, so one provider is enough.
        const string provider = "Sqlite";
        await using var host = await TestHost.StartAsync(provider);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IEmailOutbox>();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => outbox.EnqueueAsync(new EmailMessage(["not an address"], "件名", "本文")));
        Assert.Contains("not an address", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => outbox.EnqueueAsync(new EmailMessage([], "件名", "本文")));
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        Assert.Equal(0, await db.Emails.CountAsync());
    }

    internal static async Task<Guid> EnqueueAsync(TestHost host, EmailMessage message)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IEmailOutbox>().EnqueueAsync(message);
    }

    internal static Task<OutboxEmail> WaitForStatusAsync(TestHost host, Guid id, EmailStatus status) =>
        WaitForAsync(host, id, e => e.Status == status);

    internal static async Task<OutboxEmail> WaitForAsync(TestHost host, Guid id, Func<OutboxEmail, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        OutboxEmail? last = null;
        while (DateTime.UtcNow < deadline)
        {
            await using var scope = host.Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            last = await db.Emails.AsNoTracking().SingleAsync(e => e.Id == id);
            if (condition(last))
            {
                return last;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Outbox message {id} did not reach the expected state; last: {last?.Status} attempts {last?.Attempts} error {last?.LastError}");
    }

    private static async Task<Guid> EnqueueInCommittedTransactionAsync(TestHost host, string subject)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var owner = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var ambient = scope.ServiceProvider.GetRequiredService<AmbientTransaction>();
        await using var tx = await owner.Database.BeginTransactionAsync();
        Guid id;
        using (ambient.Use(tx))
        {
            id = await scope.ServiceProvider.GetRequiredService<IEmailOutbox>().EnqueueAsync(new EmailMessage(["desk@example.jp"], subject, "本文"));
        }

        await tx.CommitAsync();
        return id;
    }
}
