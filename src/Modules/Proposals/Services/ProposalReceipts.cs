using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// Receipt numbers of proposals, P-20261207-0001, and of 事前相談, S-…: prefixes of their own (the contact form's are C-…),
/// the day in Japan and a counter per day, incremented inside the submission's transaction.
/// </summary>
internal static class ProposalReceipts
{
    public const string Prefix = "P";

    /// <summary>事前相談's receipt numbers: S-20261207-0001.</summary>
    public const string ConsultationPrefix = "S";

    public static async Task<string> NextAsync(ProposalsDbContext db, DateTime utc, CancellationToken cancellationToken, string prefix = Prefix)
    {
        var day = JapanTime.Day(utc);
        var key = $"{prefix}-{day:yyyyMMdd}";
        // One statement draws the number (RETURNING: SQLite and PostgreSQL), not an update and a read back.
        var drawn = await db.Database
            .SqlQuery<int>($"UPDATE \"Proposals_ReceiptCounters\" SET \"Value\" = \"Value\" + 1 WHERE \"Key\" = {key} RETURNING \"Value\"")
            .ToListAsync(cancellationToken);
        if (drawn.Count == 0)
        {
            db.ReceiptCounters.Add(new ProposalReceiptCounter { Key = key, Value = 1 });
            await db.SaveChangesAsync(cancellationToken);
            return $"{key}-0001";
        }

        return $"{key}-{drawn[0]:D4}";
    }

    private const int Attempts = 5;

    /// <summary>
    /// Runs a store that draws a receipt number, again after a collision: two first records of a day race for the
    /// counter row and the loser's insert fails; its tracked changes are dropped and it starts over.
    /// </summary>
    public static async Task<T> StoreAsync<T>(ProposalsDbContext db, ILogger logger, Func<Task<T>> store)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await store();
            }
            catch (DbUpdateException ex) when (attempt < Attempts)
            {
                logger.LogInformation(ex, "Storing collided on the receipt counter (attempt {Attempt}); retrying", attempt);
                db.ChangeTracker.Clear();
            }
        }
    }
}
