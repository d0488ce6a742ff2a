using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Settings;
using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests;

/// <summary>
/// The seeded contact form and the seeded "contact → desk notification" workflow together, with no
/// test doubles: a visitor's submission is stored, the workflow runs on the real FormSubmitted event,
/// and the e-mails reach a real SMTP server; desk staff get the in-app notification.
/// </summary>
public sealed class ContactWorkflowTests
{
    private const string DeskAddress = "desk@example.jp";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_contact_submission_runs_the_seeded_workflow_which_notifies_the_desk_and_mails_it(string provider)
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var host = await TestHost.StartAsync(provider, settings: smtp.HostSettings());
        await NotificationsInboxTests.CreateStaffAsync(host);
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var settings = scope.ServiceProvider.GetRequiredService<ISiteSettingsService>();
            await settings.SaveAsync((await settings.GetAsync()) with { Email = DeskAddress });
        }

        var visitor = host.NewClient();
        using var posted = await FormsTestHost.PostMultipartAsync(visitor, "/contact", FormsContactTests.ValidContact("駐車場の活用について"));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var thanks = await visitor.GetStringAsync(posted.Headers.Location!.OriginalString);
        var receipt = System.Text.RegularExpressions.Regex.Match(thanks, "C-[0-9]{8}-[0-9]{4}").Value;
        Assert.NotEmpty(receipt);

        // The visitor's confirmation (Forms) and the desk's e-mail (the workflow's SendEmail step).
        var confirmation = await smtp.WaitForMessageAsync(m => m.To.Contains("taro@example.jp"), TimeSpan.FromSeconds(30));
        Assert.Contains(receipt, confirmation.Subject, StringComparison.Ordinal);
        var deskMail = await smtp.WaitForMessageAsync(m => m.To.Contains(DeskAddress), TimeSpan.FromSeconds(30));
        Assert.Contains(receipt, deskMail.Subject, StringComparison.Ordinal);
        Assert.Contains("駐車場の活用について", deskMail.Subject, StringComparison.Ordinal);
        Assert.Single(smtp.Messages, m => m.To.Contains(DeskAddress));

        // The instance finished, and its history shows each step of the drawing.
        var admin = await host.AdminClientAsync();
        var list = await admin.GetStringAsync("/admin/workflows/instances?definition=contact-desk-notification&status=Completed");
        var instanceId = System.Text.RegularExpressions.Regex.Match(list, "/admin/workflows/instances/([0-9a-f-]{36})").Groups[1].Value;
        Assert.NotEmpty(instanceId);
        var detail = await admin.GetStringAsync($"/admin/workflows/instances/{instanceId}");
        Assert.Contains("デスクへの通知（Task_NotifyDesk）", detail, StringComparison.Ordinal);
        Assert.Contains("デスクへのメール送信（Task_EmailDesk）", detail, StringComparison.Ordinal);

        // Desk staff find the notification linking to the submission.
        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", "Nebuta2026xx");
        var inbox = await desk.GetStringAsync("/admin/notifications");
        Assert.Contains(receipt, inbox, StringComparison.Ordinal);
        Assert.Contains("駐車場の活用について", inbox, StringComparison.Ordinal);
    }
}
