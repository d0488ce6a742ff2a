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
        var updated = await db.ReceiptCounters.Where(c => c.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + 1), cancellationToken);
        if (updated == 0)
        {
            db.ReceiptCounters.Add(new ProposalReceiptCounter { Key = key, Value = 1 });
            await db.SaveChangesAsync(cancellationToken);
            return $"{key}-0001";
        }

        var value = await db.ReceiptCounters.AsNoTracking().Where(c => c.Key == key).Select(c => c.Value).SingleAsync(cancellationToken);
        return $"{key}-{value:D4}";
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
