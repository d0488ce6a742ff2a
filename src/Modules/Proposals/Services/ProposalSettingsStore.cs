using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>The one settings row of the proposal form (the 留意事項 and its version).</summary>
internal sealed class ProposalSettingsStore(ProposalsDbContext db, TimeProvider clock)
{
    public const int RowId = 1;

    public Task<ProposalSettings?> GetAsync(CancellationToken cancellationToken) =>
        db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == RowId, cancellationToken);

    /// <summary>Saves the notice; a changed text needs a new version, so every consent names the text it agreed to.</summary>
    public async Task SaveAsync(string noticeJa, string noticeEn, string version, CancellationToken cancellationToken)
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
        row.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}
