using System.Net;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Notifications.Models;

namespace OpenCityAomori.IntegrationTests;

public sealed class NotificationsOutboxPageTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Outbox_shows_a_refused_message_with_its_error_and_retry_now_delivers_it(string provider)
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        smtp.RefuseWith = 554;
        await using var host = await TestHost.StartAsync(provider, settings: smtp.HostSettings());
        var id = await NotificationsEmailTests.EnqueueAsync(host, new EmailMessage(["desk@example.jp"], "送信できないお知らせ", "本文", Source: "test:outbox"));

        var failed = await NotificationsEmailTests.WaitForStatusAsync(host, id, EmailStatus.Failed);
        Assert.Equal(1, failed.Attempts);

        var admin = await host.AdminClientAsync();
        var list = await admin.GetStringAsync("/admin/notifications/outbox?status=Failed");
        Assert.Contains("送信できないお知らせ", list, StringComparison.Ordinal);
        Assert.Contains("SMTP 554", list, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/notifications/outbox\"", await admin.GetStringAsync("/admin"), StringComparison.Ordinal);
        Assert.DoesNotContain("送信できないお知らせ", await admin.GetStringAsync("/admin/notifications/outbox?status=Sent"), StringComparison.Ordinal);
        var details = await admin.GetStringAsync($"/admin/notifications/outbox/{id}");
        Assert.Contains("test:outbox", details, StringComparison.Ordinal);

        smtp.RefuseWith = null;
        using (var retry = await admin.PostFormAsync($"/admin/notifications/outbox/{id}", $"/admin/notifications/outbox/{id}/retry", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        }

        await smtp.WaitForMessageAsync(m => m.Subject == "送信できないお知らせ");
        var sent = await NotificationsEmailTests.WaitForStatusAsync(host, id, EmailStatus.Sent);
        Assert.Equal(2, sent.Attempts);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Outbox_is_for_administrators_and_desk_staff_only(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        await NotificationsInboxTests.CreateStaffAsync(host);

        var economy = host.NewClient();
        await economy.LoginAsync("keizai@example.jp", "Nebuta2026xx");
        using (var denied = await economy.Http.GetAsync("/admin/notifications/outbox"))
        {
            StaffClient.AssertDenied(denied);
        }

        Assert.DoesNotContain("href=\"/admin/notifications/outbox\"", await economy.GetStringAsync("/admin"), StringComparison.Ordinal);
        await economy.GetStringAsync("/admin/notifications");

        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", "Nebuta2026xx");
        await desk.GetStringAsync("/admin/notifications/outbox");

        using var anonymous = await host.NewClient().Http.GetAsync("/admin/notifications/outbox");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
