using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Modules.PilotSupport.Data;
using OpenCityAomori.Modules.PilotSupport.Models;
using OpenCityAomori.Modules.PilotSupport.Services;

namespace OpenCityAomori.UnitTests.PilotSupport;

/// <summary>Overdue checklist reminders on the pilot tables (SQLite in memory) with the clock in the test's hand.</summary>
public sealed class PilotReminderTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly FakeTimeProvider clock = new();
    private readonly RecordingNotices notices = new();
    private readonly RecordingProposals proposals = new();

    public PilotReminderTests()
    {
        connection.Open();
        using var db = Context();
        db.Database.Migrate();
    }

    [Fact]
    public async Task Nothing_is_reminded_until_the_due_date_has_passed_in_Japan()
    {
        await AddPilotAsync(PilotStatus.Preparing, (PilotStep.LandOwners, new(2027, 4, 9)));

        At(new DateTimeOffset(2027, 4, 9, 23, 59, 0, JapanTime.Offset));
        Assert.Equal(0, await RemindAsync());
        At(new DateTimeOffset(2027, 4, 10, 0, 0, 0, JapanTime.Offset));
        Assert.Equal(1, await RemindAsync());

        var notice = Assert.Single(notices.Sent);
        Assert.Equal(["DeskStaff"], notice.Roles);
        Assert.StartsWith("【期限超過】実証実験「試験の実証」：土地・施設管理者との調整（期限 2027-04-09）", notice.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_owner_is_reminded_once_per_item_and_due_date()
    {
        var id = await AddPilotAsync(
            PilotStatus.Running,
            (PilotStep.LandOwners, new(2027, 4, 9)), (PilotStep.Permits, new(2027, 4, 26)), (PilotStep.Conduct, new(2027, 5, 20)), (PilotStep.LocalNotice, new(2027, 6, 1)));
        At(new DateTimeOffset(2027, 5, 21, 9, 0, 0, JapanTime.Offset));

        Assert.Equal(3, await RemindAsync());
        Assert.Equal(0, await RemindAsync());
        Assert.Equal([["DeskStaff"], null], notices.Sent.Select(n => n.Roles));
        Assert.Equal([null, ["KEIZAI-SEISAKU"]], notices.Sent.Select(n => n.DepartmentCodes));
        var message = Assert.Single(proposals.Messages);
        Assert.Equal(55, message.ProposalId);
        Assert.Contains("「使用許可申請等」の期限（2027-04-26）が過ぎています", message.Body, StringComparison.Ordinal);

        // A later due date that passes again reminds once more.
        await using (var db = Context())
        {
            await db.ChecklistItems.Where(i => i.PilotId == id && i.Step == PilotStep.Permits).ExecuteUpdateAsync(x => x.SetProperty(i => i.DueOn, new DateOnly(2027, 5, 14)));
        }

        Assert.Equal(1, await RemindAsync());
        Assert.Equal(2, proposals.Messages.Count);
        Assert.Equal(0, await RemindAsync());
    }

    [Fact]
    public async Task Done_steps_finished_pilots_and_the_report_before_it_was_asked_for_are_not_reminded()
    {
        await AddPilotAsync(PilotStatus.Running, (PilotStep.ReportWriting, new(2027, 6, 18)), (PilotStep.ReportReceipt, new(2027, 6, 29)));
        await AddPilotAsync(PilotStatus.Completed, (PilotStep.LandOwners, new(2027, 4, 9)));
        await AddPilotAsync(PilotStatus.Cancelled, (PilotStep.Conduct, new(2027, 4, 9)));
        var done = await AddPilotAsync(PilotStatus.Preparing, (PilotStep.LocalStakeholders, new(2027, 4, 9)));
        await using (var db = Context())
        {
            await db.ChecklistItems.Where(i => i.PilotId == done).ExecuteUpdateAsync(x => x.SetProperty(i => i.CompletedUtc, DateTime.UtcNow));
        }

        At(new DateTimeOffset(2027, 7, 10, 9, 0, 0, JapanTime.Offset));
        Assert.Equal(0, await RemindAsync());

        await AddPilotAsync(PilotStatus.AwaitingReport, (PilotStep.ReportWriting, new(2027, 6, 18)), (PilotStep.ReportReceipt, new(2027, 6, 29)));
        Assert.Equal(2, await RemindAsync());
        Assert.Single(proposals.Messages);
        Assert.Equal(["KEIZAI-SEISAKU"], Assert.Single(notices.Sent).DepartmentCodes);
    }

    [Fact]
    public async Task A_message_that_failed_is_tried_again_at_the_next_run()
    {
        await AddPilotAsync(PilotStatus.Preparing, (PilotStep.Permits, new(2027, 4, 26)));
        At(new DateTimeOffset(2027, 4, 27, 9, 0, 0, JapanTime.Offset));
        proposals.Throws = true;

        await Assert.ThrowsAsync<InvalidOperationException>(RemindAsync);
        proposals.Throws = false;
        Assert.Equal(1, await RemindAsync());
        Assert.Equal(0, await RemindAsync());
        Assert.Equal(2, proposals.Messages.Count);
        Assert.Empty(notices.Sent);
    }

    [Fact]
    public async Task A_proposer_who_can_no_longer_be_told_is_reported_to_the_desk_once()
    {
        await AddPilotAsync(PilotStatus.Running, (PilotStep.LocalNotice, new(2027, 4, 26)));
        At(new DateTimeOffset(2027, 4, 27, 9, 0, 0, JapanTime.Offset));
        proposals.Refuses = true;

        Assert.Equal(1, await RemindAsync());
        Assert.Equal(0, await RemindAsync());
        var notice = Assert.Single(notices.Sent);
        Assert.Equal(["DeskStaff"], notice.Roles);
        Assert.Contains("事業者等にお知らせできませんでした", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_department_step_of_a_pilot_without_a_department_goes_to_the_desk()
    {
        await AddPilotAsync(PilotStatus.Running, department: null, (PilotStep.Conduct, new(2027, 5, 20)));
        At(new DateTimeOffset(2027, 5, 21, 9, 0, 0, JapanTime.Offset));

        Assert.Equal(1, await RemindAsync());
        Assert.Equal(["DeskStaff"], Assert.Single(notices.Sent).Roles);
    }

    public void Dispose() => connection.Dispose();

    private PilotSupportDbContext Context() =>
        new(new DbContextOptionsBuilder<PilotSupportDbContext>().UseSqlite(connection).Options);

    private void At(DateTimeOffset time) => clock.SetUtcNow(time.ToUniversalTime());

    private async Task<int> RemindAsync()
    {
        await using var db = Context();
        var reminders = new PilotReminders(db, new AmbientTransaction(), notices, new Capability<IProposalUpdates>(proposals), clock, NullLogger<PilotReminders>.Instance);
        return await reminders.RemindOverdueAsync(CancellationToken.None);
    }

    private Task<long> AddPilotAsync(PilotStatus status, params (PilotStep Step, DateOnly Due)[] due) => AddPilotAsync(status, "KEIZAI-SEISAKU", due);

    private async Task<long> AddPilotAsync(PilotStatus status, string? department, params (PilotStep Step, DateOnly Due)[] due)
    {
        await using var db = Context();
        var pilot = new Pilot { ProposalId = 55 + await db.Pilots.CountAsync(), Title = "試験の実証", DepartmentCode = department, Status = status, Checklist = PilotChecklist.Create() };
        foreach (var (step, on) in due)
        {
            pilot.Checklist.Single(i => i.Step == step).DueOn = on;
        }

        db.Pilots.Add(pilot);
        await db.SaveChangesAsync();
        return pilot.Id;
    }

    private sealed class RecordingNotices : INotificationSender
    {
        public List<NotificationRequest> Sent { get; } = [];

        public Task<int> NotifyAsync(NotificationRequest request, CancellationToken cancellationToken = default)
        {
            Sent.Add(request);
            return Task.FromResult(1);
        }
    }

    private sealed class RecordingProposals : IProposalUpdates
    {
        /// <summary>Fails as a broken connection would.</summary>
        public bool Throws { get; set; }

        /// <summary>Answers as Proposals does for a withdrawn proposal.</summary>
        public bool Refuses { get; set; }

        public List<(long ProposalId, string Body)> Messages { get; } = [];

        public Task<bool> MessageProposerAsync(long proposalId, string body, string? staffName, CancellationToken cancellationToken = default)
        {
            Messages.Add((proposalId, body));
            return Throws ? throw new InvalidOperationException("The database is unreachable.") : Task.FromResult(!Refuses);
        }

        public Task<bool> SetProgressAsync(long proposalId, ProposalProgress progress, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<bool> RequestDocumentAsync(long proposalId, ProposalDocumentRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<bool> CloseDocumentRequestAsync(long proposalId, string key, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    private sealed class Capability<T>(T value) : IModuleCapability<T>
        where T : class
    {
        public T? Value => value;
    }
}
