using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Notifications.Data;
using OpenCityAomori.Modules.Notifications.Models;

namespace OpenCityAomori.IntegrationTests;

/// <summary>Two nodes on one database poll the same outbox; the claim lets exactly one of them send each message.</summary>
public sealed class NotificationsTwoNodeTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Two_nodes_deliver_every_message_exactly_once(string provider)
    {
        const int Count = 40;
        await using var smtp = await SmtpTestServer.StartAsync();
        var settings = smtp.HostSettings(new Dictionary<string, string> { ["Email:PollSeconds"] = "0.05", ["Email:BatchSize"] = "3" });
        await using var database = await TestDatabase.CreateAsync(provider, DatabaseContent.AomoriSite);
        await using var first = new OcaAppFactory(database, settings: settings);
        _ = first.Server;
        await using var second = new OcaAppFactory(database, createAdministrator: false, settings: settings);
        _ = second.Server;

        await using (var scope = first.Services.CreateAsyncScope())
        {
            var owner = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            await using var tx = await owner.Database.BeginTransactionAsync();
            using (scope.ServiceProvider.GetRequiredService<AmbientTransaction>().Use(tx))
            {
                var outbox = scope.ServiceProvider.GetRequiredService<IEmailOutbox>();
                for (var i = 0; i < Count; i++)
                {
                    await outbox.EnqueueAsync(new EmailMessage([$"user{i}@example.jp"], $"二重送信なし {i:D2}", "本文"));
                }
            }

            await tx.CommitAsync();
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (smtp.Messages.Count < Count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await Task.Delay(1000);
        var subjects = smtp.Messages.Select(m => m.Subject).ToList();
        Assert.Equal(Count, subjects.Count);
        Assert.Equal(Count, subjects.Distinct().Count());
        await using var check = second.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        Assert.Equal(Count, await db.Emails.CountAsync(e => e.Status == EmailStatus.Sent && e.Attempts == 1));
    }
}
