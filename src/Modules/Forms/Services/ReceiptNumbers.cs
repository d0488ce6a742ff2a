using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Forms.Data;
using OpenCityAomori.Modules.Forms.Models;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>
/// Receipt numbers such as C-20261128-0001: the form's prefix, the day in Japan and a counter per
/// prefix and day. The counter row is incremented inside the submission's transaction (the update
/// locks it), so two submissions never get the same number; the first of a day inserts the row and a
/// concurrent first insert fails on the key and is retried by the caller.
/// </summary>
internal static class ReceiptNumbers
{
    public static string CounterKey(string prefix, DateOnly day) => $"{prefix}-{day:yyyyMMdd}";

    public static string Format(string prefix, DateOnly day, int number) => $"{CounterKey(prefix, day)}-{number:D4}";

    /// <summary>Takes the next number; call inside the transaction that stores the submission.</summary>
    public static async Task<string> NextAsync(FormsDbContext db, string prefix, DateTime utc, CancellationToken cancellationToken)
    {
        var day = JapanTime.Day(utc);
        var key = CounterKey(prefix, day);
        var updated = await db.ReceiptCounters.Where(c => c.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + 1), cancellationToken);
        if (updated == 0)
        {
            db.ReceiptCounters.Add(new ReceiptCounter { Key = key, Value = 1 });
            await db.SaveChangesAsync(cancellationToken);
            return Format(prefix, day, 1);
        }

        var value = await db.ReceiptCounters.AsNoTracking().Where(c => c.Key == key).Select(c => c.Value).SingleAsync(cancellationToken);
        return Format(prefix, day, value);
    }
}
