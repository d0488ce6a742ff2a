using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>The one settings row of Proposals (the 留意事項 and its version, whether the desk reviews departments' answers, the retention of personal data).</summary>
internal sealed class ProposalSettingsStore(ProposalsDbContext db, IMemoryCache cache, TimeProvider clock)
{
    public const int RowId = 1;

    /// <summary>How old the public forms' copy may be when another node saved the settings (this node's saves show at once).</summary>
    public static readonly TimeSpan FormsCacheLifetime = TimeSpan.FromSeconds(5);

    private const string FormsCacheKey = "proposals:settings";

    public Task<ProposalSettings?> GetAsync(CancellationToken cancellationToken) =>
        db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == RowId, cancellationToken);

    /// <summary>The settings for the public forms, read on every page and post: shared, not to be changed.</summary>
    public async Task<ProposalSettings?> GetForFormsAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(FormsCacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = FormsCacheLifetime;
            return await GetAsync(cancellationToken);
        });

    /// <summary>Saves the notice; a changed text needs a new version, so every consent names the text it agreed to.</summary>
    public async Task SaveAsync(string noticeJa, string noticeEn, string version, bool? deskReviewsAnswers, int? retentionYears, CancellationToken cancellationToken)
    {
        var row = await db.Settings.FirstOrDefaultAsync(s => s.Id == RowId, cancellationToken);
        if (row is null)
        {
            row = new ProposalSettings { Id = RowId };
            db.Settings.Add(row);
        }

        row.NoticeJa = noticeJa;
        row.NoticeEn = noticeEn;
        row.NoticeVersion = version;
        row.DeskReviewsAnswers = deskReviewsAnswers ?? row.DeskReviewsAnswers;
        row.PersonalDataRetentionYears = retentionYears ?? row.PersonalDataRetentionYears;
        row.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(FormsCacheKey);
    }
}
