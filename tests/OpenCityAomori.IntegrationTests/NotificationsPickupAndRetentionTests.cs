using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Notifications.Data;
using OpenCityAomori.Modules.Notifications.Models;
using OpenCityAomori.Modules.Notifications.Services;

namespace OpenCityAomori.IntegrationTests;

public sealed class NotificationsPickupAndRetentionTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Without_smtp_messages_are_written_to_the_pickup_directory(string provider)
    {
        var pickup = Path.Combine(Path.GetTempPath(), "oca-mail-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var host = await TestHost.StartAsync(provider, settings: new Dictionary<string, string> { ["Email:PickupDirectory"] = pickup, ["Email:PollSeconds"] = "0.2" });
            var id = await NotificationsEmailTests.EnqueueAsync(host, new EmailMessage(["desk@example.jp"], "ピックアップのテスト", "開発環境ではファイルに書きます。"));

            await NotificationsEmailTests.WaitForStatusAsync(host, id, EmailStatus.Sent);
            var file = Path.Combine(pickup, id.ToString("N") + ".eml");
            Assert.True(File.Exists(file));
            var message = await MimeMessage.LoadAsync(file);
            Assert.Equal("ピックアップのテスト", message.Subject);
            Assert.Equal("開発環境ではファイルに書きます。", message.TextBody?.TrimEnd());
            Assert.Empty(Directory.GetFiles(pickup, "*.tmp"));
        }
        finally
        {
            if (Directory.Exists(pickup))
            {
                Directory.Delete(pickup, recursive: true);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Retention_deletes_old_sent_mail_and_old_read_notifications_only(string provider)
    {
        await using var host = await TestHost.StartAsync(provider, settings: new Dictionary<string, string> { ["Email:PickupDirectory"] = Path.Combine(Path.GetTempPath(), "oca-mail-unused") });

        // The host's own delivery service also trims on the real clock; rows dated years ahead are young to
        // it, so only this call (with its own "now") can delete them and the counts are this call's alone.
        var now = DateTime.UtcNow.AddYears(3);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        db.Emails.AddRange(
            Email("old sent", EmailStatus.Sent, now.AddDays(-91)),
            Email("recent sent", EmailStatus.Sent, now.AddDays(-89)),
            Email("old failed", EmailStatus.Failed, null));
        db.Items.AddRange(
            Item("old read", now.AddDays(-181)),
            Item("recent read", now.AddDays(-170)),
            Item("old unread", null));
        await db.SaveChangesAsync();

        var (emails, items) = await scope.ServiceProvider.GetRequiredService<RetentionCleaner>().RunAsync(now, CancellationToken.None);

        Assert.Equal((1, 1), (emails, items));
        Assert.Equal(["old failed", "recent sent"], await db.Emails.AsNoTracking().Select(e => e.Subject).OrderBy(s => s).ToListAsync());
        Assert.Equal(["old unread", "recent read"], await db.Items.AsNoTracking().Select(n => n.Title).OrderBy(s => s).ToListAsync());

        OutboxEmail Email(string subject, EmailStatus status, DateTime? sent) => new()
        {
            Id = Guid.NewGuid(), To = "a@example.jp", Subject = subject, TextBody = "x", Status = status, Attempts = 1,
            CreatedUtc = now.AddDays(-200), NextAttemptUtc = now.AddDays(-200), SentUtc = sent,
        };

        UserNotification Item(string title, DateTime? read) => new()
        {
            Id = Guid.NewGuid(), UserId = "u1", Title = title, Body = "x", CreatedUtc = now.AddDays(-200), ReadUtc = read,
        };
    }
}
