using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.Partnership.Models;
using OpenCityAomori.Modules.Partnership.Services;

namespace OpenCityAomori.UnitTests.Partnership;

/// <summary>The review and renewal timers on the module's migrated tables (SQLite in memory) with a fake clock.</summary>
public sealed class AgreementReminderTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    // 14:00 UTC on 9 April is 23:00 in Japan, the day before the review; 15:00 UTC is midnight on the 10th there.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 4, 9, 14, 0, 0, TimeSpan.Zero));
    private readonly RecordingSender sent = new();

    public AgreementReminderTests()
    {
        connection.Open();
        using var db = Context();
        db.Database.Migrate();
    }

    [Fact]
    public async Task A_review_date_reminds_the_department_and_the_desk_once_on_its_japanese_day()
    {
        var id = await AddAsync(AgreementStatus.InEffect, review: new(2026, 4, 10));

        Assert.Equal(0, await RemindAsync());
        clock.SetUtcNow(new DateTimeOffset(2026, 4, 9, 15, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await RemindAsync());
        Assert.Equal(0, await RemindAsync());
        clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, await RemindAsync());

        var notice = Assert.Single(sent.Requests);
        Assert.Equal(["DeskStaff"], notice.Roles);
        Assert.Equal(["KEIZAI-SEISAKU"], notice.DepartmentCodes);
        Assert.Equal($"/admin/partnership/agreements/{id}", notice.Url);
        Assert.Contains("見直し", notice.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_nodes_that_both_find_a_reminder_due_send_it_once()
    {
        await AddAsync(AgreementStatus.Signed, review: new(2026, 4, 1), renewal: new(2026, 4, 5));
        await using var first = Context();
        await using var second = Context();
        var nodeA = new AgreementReminders(first, new AmbientTransaction(), sent, clock);
        var nodeB = new AgreementReminders(second, new AmbientTransaction(), sent, clock);

        var dueA = await nodeA.DueAsync(CancellationToken.None);
        var dueB = await nodeB.DueAsync(CancellationToken.None);
        Assert.Equal(2, dueB.Count);

        Assert.Equal(2, await nodeA.SendAsync(dueA, CancellationToken.None));
        Assert.Equal(0, await nodeB.SendAsync(dueB, CancellationToken.None));
        Assert.Equal(2, sent.Requests.Count);
        Assert.Single(sent.Requests, r => r.Title.Contains("更新", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_date_is_reminded_again_and_agreements_not_signed_or_running_never()
    {
        var id = await AddAsync(AgreementStatus.InEffect, review: new(2026, 4, 9));
        await AddAsync(AgreementStatus.Negotiating, review: new(2026, 4, 1));
        await AddAsync(AgreementStatus.Ended, renewal: new(2026, 4, 1));
        await AddAsync(AgreementStatus.Dissolved, review: new(2026, 4, 1));
        Assert.Equal(1, await RemindAsync());

        await using (var db = Context())
        {
            var agreement = await db.Agreements.SingleAsync(a => a.Id == id);
            agreement.ReviewOn = new(2026, 10, 1);
            await db.SaveChangesAsync();
        }

        Assert.Equal(0, await RemindAsync());
        clock.SetUtcNow(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await RemindAsync());
        Assert.Equal(2, sent.Requests.Count);
    }

    public void Dispose() => connection.Dispose();

    private async Task<int> RemindAsync()
    {
        await using var db = Context();
        return await new AgreementReminders(db, new AmbientTransaction(), sent, clock).RemindDueAsync(CancellationToken.None);
    }

    private async Task<long> AddAsync(AgreementStatus status, DateOnly? review = null, DateOnly? renewal = null)
    {
        await using var db = Context();
        var agreement = new Agreement
        {
            Title = "見直しの試験", Status = status, DepartmentCode = "KEIZAI-SEISAKU", ReviewOn = review, RenewalNoticeOn = renewal,
            CreatedUtc = clock.GetUtcNow().UtcDateTime, UpdatedUtc = clock.GetUtcNow().UtcDateTime, StatusChangedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync();
        return agreement.Id;
    }

    private PartnershipDbContext Context() => new(new DbContextOptionsBuilder<PartnershipDbContext>().UseSqlite(connection).Options);

    private sealed class RecordingSender : INotificationSender
    {
        public List<NotificationRequest> Requests { get; } = [];

        public Task<int> NotifyAsync(NotificationRequest request, CancellationToken cancellationToken = default)
        {
            Requests.Add(request);
            return Task.FromResult(1);
        }
    }
}
