using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Forms.Models;
using OpenCityAomori.Modules.Forms.Services;

namespace OpenCityAomori.IntegrationTests;

/// <summary>What happens after a submission is stored: concurrent receipt numbers, event retries, retention.</summary>
public sealed class FormsDeliveryTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Concurrent_submissions_get_distinct_numbers_failed_events_are_retried_and_old_ones_are_deleted_with_an_audit_entry(string provider)
    {
        await using var host = await FormsTestHost.StartAsync(provider, new Dictionary<string, string> { ["Forms:SubmitPermitLimit"] = "100", ["Forms:MaintenanceIntervalSeconds"] = "3600" });
        host.Publisher.Fail = true;
        var clients = Enumerable.Range(0, 6).Select(_ => host.NewClient()).ToList();
        var responses = await Task.WhenAll(clients.Select(c => FormsTestHost.PostMultipartAsync(c, "/contact", FormsContactTests.ValidContact())));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var stored = await host.SubmissionsAsync();
        Assert.Equal(6, stored.Count);
        Assert.Equal(6, stored.Select(s => s.ReceiptNumber).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"-{i:D4}"), stored.Select(s => s.ReceiptNumber[^5..]).Order());
        Assert.All(stored, s => Assert.Equal(SubmissionEventStatus.Failed, s.EventStatus));

        // The engine is back: the maintenance round publishes every failed event once.
        host.Publisher.Fail = false;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Equal(6, await scope.ServiceProvider.GetRequiredService<FormsMaintenance>().RetryEventsAsync(CancellationToken.None));
        }

        Assert.All(await host.SubmissionsAsync(), s => Assert.Equal(SubmissionEventStatus.Published, s.EventStatus));
        Assert.Equal(stored.Select(s => $"form-submission:{s.Id}").Order(), host.Publisher.Events.Select(e => e.EventId).Order());

        // Retention: a submission older than the form's period is deleted and the deletion audited.
        var old = stored[0];
        await host.WithDbAsync(db => db.Submissions.Where(s => s.Id == old.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.SubmittedUtc, DateTime.UtcNow.AddDays(-2000))));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<FormsMaintenance>().DeleteExpiredAsync(CancellationToken.None));
            var recent = await scope.ServiceProvider.GetRequiredService<IAuditTrail>().GetRecentAsync(20);
            Assert.Contains(recent, r => r.EntityType == nameof(FormSubmission) && r.Action == "Deleted" && r.EntityId == old.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(5, (await host.SubmissionsAsync()).Count);
    }
}
