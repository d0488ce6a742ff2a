using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>The one settings row of Proposals (the 留意事項 and its version, whether the desk reviews departments' answers, the retention of personal data).</summary>
internal sealed class ProposalSettingsStore(ProposalsDbContext db, TimeProvider clock)
{
    public const int RowId = 1;

    public Task<ProposalSettings?> GetAsync(CancellationToken cancellationToken) =>
        db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == RowId, cancellationToken);

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
    }
}
